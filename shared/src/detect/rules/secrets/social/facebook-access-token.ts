import { tokenRule } from '../../../define';

/** Facebook / Meta Graph API access token (user, page, WhatsApp): `EAA` followed by a long base62 body. */
export const facebookAccessToken = tokenRule({
  id: 'facebook-access-token',
  title: 'Facebook / Meta access token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['EAA'],
  pattern: /EAA[A-Za-z0-9]{90,400}(?![A-Za-z0-9])/,
  requires: { digit: true, lower: true, upper: true, after: 3 },
});
