import { tokenRule } from '../../../define';

/** Square OAuth application secret: `sq0csp-` followed by 43 base64url characters. */
export const squareOauthSecret = tokenRule({
  id: 'square-oauth-secret',
  title: 'Square OAuth application secret',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['sq0csp-'],
  pattern: /sq0csp-[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/,
});
