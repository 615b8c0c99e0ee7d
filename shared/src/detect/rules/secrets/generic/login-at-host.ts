import { anchoredScannerRule } from '../../../define';
import { isDigit, isLetter } from '../../pii/scan/chars';
import { isIpv4 } from '../../pii/validate/ip';
import { isCrediblePassword } from './values';

/** Longest `user:password` read back from an `@`. */
const MAX_USERINFO = 256;
/** Longest host name read after the `@` (DNS allows 253). */
const MAX_HOST = 253;

/** What ends a `user:password` to the left: blanks, quotes, brackets, `=`, `,` and another `@` or `/`. */
const ENDS_USERINFO = new Uint8Array(128);
for (const c of ' \t\r\n\f\v"\'`<>()[]{}=,;@/\\|') ENDS_USERINFO[c.charCodeAt(0)] = 1;

const USER = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

function isHostChar(c: number): boolean {
  return isDigit(c) || isLetter(c) || c === 45 || c === 46;
}

/**
 * Where the host that starts at `at` ends, when it is one a login goes to: an IPv4 address, `localhost`, or a
 * dotted name ending in letters (`db.internal`, `web01.acme.io`); -1 otherwise (`sha256:…` of an image digest,
 * a decorator, a mention).
 */
function hostEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && end - at <= MAX_HOST && isHostChar(text.charCodeAt(end))) end++;
  // A sentence's full stop after the host is not part of it.
  while (end > at && text.charCodeAt(end - 1) === 46) end--;
  if (end === at || end - at > MAX_HOST) return -1;
  const host = text.slice(at, end);
  if (host === 'localhost' || isIpv4(host)) return end;
  return /^(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$/.test(host) ? end : -1;
}

/** The address of Go's MySQL driver's DSN (`user:password@tcp(db:3306)/shop`), after the `@`. */
const GO_MYSQL_ADDRESS = /^(?:tcp6?|unix)\(/;

/**
 * `root:Hq4$zR8mLp2W@10.0.0.5`, `deploy:Tz7&kW2q@db.internal:5432`, Go's MySQL DSN `app:…@tcp(db:3306)/shop`: a
 * login written as a URL's userinfo without the scheme, as people give a host to a tool or a colleague. The password only, as for URLs with a scheme
 * (`basic-auth-url`, `connection-string-password`, which take those). The user must be a plain name and the
 * host a real one, and the password must look like one (8 characters or more, two classes or more).
 */
export const loginAtHost = anchoredScannerRule({
  id: 'login-at-host',
  anchors: ['@'],
  title: 'Password in a user:password@host login',
  severity: 'high',
  confidence: 0.7,
  *scan(text, anchorStarts) {
    for (let nth = 0; nth < anchorStarts.length; nth++) {
      const at = anchorStarts[nth]!;
      // Back to what ends a userinfo; an `@` ends it too, so each character is read back from one `@` only.
      let start = at;
      while (start > 0 && at - start < MAX_USERINFO) {
        const c = text.charCodeAt(start - 1);
        if (c < 128 && ENDS_USERINFO[c] === 1) break;
        if (c >= 128) break;
        start--;
      }
      if (at - start >= MAX_USERINFO) continue;
      // `scheme://user:pw@`: the URL rules' own.
      if (start >= 1 && text.charCodeAt(start - 1) === 47) continue;
      // The first colon: a user name holds none, a password may.
      let colon = start;
      while (colon < at && text.charCodeAt(colon) !== 58) colon++;
      if (colon >= at) continue;
      const user = text.slice(start, colon);
      if (!USER.test(user) || /^\d+$/.test(user)) continue;
      if (hostEnd(text, at + 1) < 0 && !GO_MYSQL_ADDRESS.test(text.slice(at + 1, at + 7))) continue;
      const password = text.slice(colon + 1, at);
      if (!isCrediblePassword(password)) continue;
      yield { start: colon + 1, end: at };
    }
  },
});
