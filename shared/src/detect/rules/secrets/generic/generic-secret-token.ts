import { contextRule } from '../../../define';
import { SECRET_KEYWORDS } from './keywords';
import { isOpaqueSecret } from './values';

/**
 * An opaque token (base62, base64 or base64url, 12-256 characters) right after a secret-ish key name:
 * `AUTH_TOKEN=k9Xm...`, `api_key: "Zq7...=="`, `--token=...`. The value must be random-looking: a digit
 * after a letter (the pattern's cheap first cut), then no UUID, path, URL, dotted name, identifier or
 * placeholder, and entropy close to that of a random string of its length.
 */
export const genericSecretToken = contextRule({
  id: 'generic-secret-token',
  title: 'Generic secret (token) next to a secret keyword',
  severity: 'high',
  confidence: 0.6,
  keywords: SECRET_KEYWORDS,
  pattern: /[A-Za-z_\-.~+/]*[0-9][0-9_\-.~+/]*[A-Za-z][A-Za-z0-9_\-.~+/]*={0,2}/,
  minLength: 12,
  maxLength: 256,
  minEntropy: 2.8,
  validate: (value) => !/^(?:[0-9a-f]+|[0-9A-F]+)$/.test(value) && isOpaqueSecret(value),
});
