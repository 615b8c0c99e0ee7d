import { tokenRule } from '../../../define';
import { decodeBase64, decodeBase64Object } from '../base64-text';

/** Documentation tokens: the jwt.io sample and payloads naming example domains. */
const DOC_PAYLOAD = /"name"\s*:\s*"John Doe"|example\.(?:com|org|net)|"sub"\s*:\s*"1234567890"/;

/** A signed (or encrypted) JWT with a real `alg` in its header and no documentation payload. */
export function isCredentialJwt(value: string): boolean {
  const parts = value.split('.');
  const header = decodeBase64Object(parts[0]!, 'url');
  if (header === undefined || typeof header['alg'] !== 'string' || header['alg'].toLowerCase() === 'none') return false;
  if (parts.length === 3) {
    const payload = decodeBase64(parts[1]!, 'url');
    if (payload !== undefined && DOC_PAYLOAD.test(payload)) return false;
  }
  return true;
}

/**
 * A signed JWT (header.payload.signature) or a JWE (five segments). The header must decode to a JSON object
 * with an `alg`, which rules out other base64 that happens to start with `eyJ`. Unsigned tokens (`alg: none`,
 * empty signature) are not credentials and are not matched.
 */
export const jwt = tokenRule({
  id: 'jwt',
  title: 'JSON Web Token',
  severity: 'high',
  confidence: 0.95,
  prefixes: ['eyJ'],
  pattern: /eyJ[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}|\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{16,})(?![A-Za-z0-9_\-+=])/,
  // A `/` after the signature is a path's (a reset or magic link, `…/reset/<jwt>/confirm`): base64url has none.
  validate: isCredentialJwt,
  // Base64url of JSON can contain runs the shared filter mistakes for filler; the header check above is
  // stricter, and documentation tokens are recognised by their decoded payload.
  allowPlaceholderLike: true,
});
