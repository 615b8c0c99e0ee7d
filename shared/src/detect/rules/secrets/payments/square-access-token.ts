import { tokenRule } from '../../../define';

/** Square access token: `EAAA` followed by 60 base64url characters (64 in all; Meta tokens with the same start are much longer). */
export const squareAccessToken = tokenRule({
  id: 'square-access-token',
  title: 'Square access token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['EAAA'],
  pattern: /EAAA[A-Za-z0-9_-]{60}(?![A-Za-z0-9_-])/,
});
