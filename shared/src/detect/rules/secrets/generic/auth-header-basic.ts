import { regexRule } from '../../../define';
import { isDummyValue } from './values';
import { decodeBase64 } from '../base64-text';

/**
 * `Authorization: Basic <base64(user:password)>` in logs, curl commands and HTTP dumps. The credential must
 * decode to printable `user:password`, which also keeps prose ("Basic configuration") out. Dummy pairs
 * (`user:password`, `admin:admin`, RFC 7617's `Aladdin:open sesame`) are skipped.
 */
export const authHeaderBasic = regexRule({
  id: 'auth-header-basic',
  anchors: ['basic'],
  title: 'HTTP Basic authorization credentials',
  severity: 'high',
  confidence: 0.75,
  // Starts with the literal `asic` (fast to find); the lookbehind accepts `Basic` and `basic`.
  pattern: /asic[ \t]+(?<=[Bb]asic[ \t]+)(?<secret>[A-Za-z0-9+/]{8,}={0,2})(?![A-Za-z0-9+/=])/,
  validate: (value) => {
    const decoded = decodeBase64(value);
    if (decoded === undefined || !/^[\x20-\x7e]+$/.test(decoded)) return false;
    const colon = decoded.indexOf(':');
    if (colon < 0) return false;
    const user = decoded.slice(0, colon);
    const password = decoded.slice(colon + 1);
    if (user === 'Aladdin' || password === user) return false;
    // API-key style: the key is the user name and the password is empty (or the other way round).
    const credential = password.length > 0 ? password : user;
    if (credential.length < 4 || isDummyValue(credential)) return false;
    return !(isDummyValue(user) && credential.length < 8);
  },
});
