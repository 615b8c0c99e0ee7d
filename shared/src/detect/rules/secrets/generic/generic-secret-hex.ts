import { contextRule } from '../../../define';
import { SECRET_KEYWORDS } from './keywords';
import { isOpaqueSecret } from './values';

/**
 * A hex value (16-128 digits, one case, digits and letters) right after a secret-ish key name:
 * `API_KEY=3f9c...`, `"client_secret": "a81e..."`. Fallback for providers without a prefix.
 */
export const genericSecretHex = contextRule({
  id: 'generic-secret-hex',
  title: 'Generic secret (hex) next to a secret keyword',
  severity: 'high',
  confidence: 0.65,
  keywords: SECRET_KEYWORDS,
  pattern: /[0-9a-f]{16,128}|[0-9A-F]{16,128}/,
  minLength: 16,
  maxLength: 128,
  minEntropy: 3.0,
  validate: isOpaqueSecret,
});
