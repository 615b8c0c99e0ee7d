import { regexRule } from '../../../define';
import { isOpaqueSecret } from './values';

/**
 * `Authorization: Bearer <token>` in logs, curl commands and code. The token must be long and random enough
 * (`Bearer $TOKEN`, `Bearer <token>`, `Bearer YOUR_ACCESS_TOKEN`, `Bearer token` are not). JWTs are also
 * found, with more confidence, by the `jwt` rule.
 */
export const authHeaderBearer = regexRule({
  id: 'auth-header-bearer',
  anchors: ['bearer'],
  title: 'HTTP Bearer token',
  severity: 'high',
  confidence: 0.75,
  // Starts with the literal `earer` (fast to find); the lookbehind accepts `Bearer` and `bearer`. RFC 6750 puts
  // `=` only at a token's end, but issuers put it inside too (`…R5g=koBH4X…`): the token runs to its last one.
  pattern: /earer[ \t]+(?<=[Bb]earer[ \t]+)(?<secret>[A-Za-z0-9\-._~+/][A-Za-z0-9\-._~+/=]{15,4095})(?![A-Za-z0-9\-._~+/=])/,
  validate: (token) => {
    // Long tokens with dots are JWTs or similar structured tokens: judge the longest segment.
    const longest = token.split('.').reduce((a, b) => (b.length > a.length ? b : a), '');
    return longest.length >= 16 && isOpaqueSecret(token.includes('.') ? longest : token);
  },
});
