import { tokenRule } from '../../../define';
import { isRandomBody } from '../random-body';

/**
 * Facebook / Meta Graph API access token (user, page, WhatsApp): `EAA` followed by a long base62 body in mixed case
 * with digits. Other scanners' patterns (`EAA[MC](?i)[a-z0-9]{100,}`) take a page token's body in one case too: after
 * `EAAM` or `EAAC`, 100 or more characters of one case count when they hold a digit and read as random.
 */
export const facebookAccessToken = tokenRule({
  id: 'facebook-access-token',
  title: 'Facebook / Meta access token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['EAA'],
  pattern: /EAA[A-Za-z0-9]{90,400}(?![A-Za-z0-9])/,
  requires: { digit: true, after: 3 },
  validate: (value) => {
    const body = value.slice(3);
    if (/[a-z]/.test(body) && /[A-Z]/.test(body)) return true;
    return (body[0] === 'M' || body[0] === 'C') && body.length >= 101 && isRandomBody(body.slice(1));
  },
});
