import { anchoredScannerRule } from '../../../define';
import { startsWithFolded } from '../../../folded-word';
import { plausibleSecret } from './generic-secret-assignment';
import { isCrediblePassword } from './values';
import { isBlank, skipSpaces } from './value-scan';
import { isPlainPassword, PLAIN_PASSWORD_CONFIDENCE } from './plain-password';

const USERPWD = 'userpwd';
/** curl's credentials for its proxy, given as its own are. */
const PROXY_USER = '--proxy-user';

/** Longest `user:password` argument looked at. */
const MAX_ARGUMENT = 256;

/**
 * The password of a `user:password` argument starting at `at` (optionally quoted, or as two quoted words the
 * shell joins: `"user":"password"`), or undefined. The user must not be a reference; the password must look like
 * one and differ from the user. With one half empty the other is the credential: `-u ":password"`, and an API key
 * given as the user with no password (`-u "sk_test_…:"`, as Stripe and Mailgun take it).
 */
function passwordOfArgument(text: string, at: number, percentToo: boolean): { start: number; end: number; confidence?: number } | undefined {
  let start = at;
  const quote = text[start] === '"' || text[start] === "'" ? text[start] : undefined;
  if (quote !== undefined) start++;
  let colon = -1;
  let end = start;
  const stop = Math.min(text.length, start + MAX_ARGUMENT);
  for (; end < stop; end++) {
    const c = text.charCodeAt(end);
    if (quote !== undefined ? text[end] === quote : c <= 32) break;
    if (c === 10) return undefined;
    if ((c === 58 || (c === 37 && percentToo)) && colon < 0) colon = end;
  }
  if (end === stop && stop < text.length) return undefined;
  if (quote !== undefined && text[end] !== quote) return undefined;
  if (colon < 0) return quote !== undefined && text[end + 1] === ':' ? joinedPassword(text, start, end) : undefined;
  const user = text.slice(start, colon);
  if (colon === end - 1) return !isReference(user) && isCredential(user) ? { start, end: colon } : undefined;
  const password = text.slice(colon + 1, end);
  if (isReference(user) || password === user) return undefined;
  if (isCredential(password)) return { start: colon + 1, end };
  // A plain one, given its user (`curl --user admin:pelican42`), with a digit or a symbol in it: a group
  // (`docker run -u app:staff`) has neither.
  return user.length > 0 && /[^A-Za-z_-]/.test(password) && /[A-Za-z]/.test(password) && isPlainPassword(password)
    ? { start: colon + 1, end, confidence: PLAIN_PASSWORD_CONFIDENCE }
    : undefined;
}

/** `"user":"password"` from the quote after the user: the password of the second quoted word, if it is one. */
function joinedPassword(text: string, userStart: number, userEnd: number): { start: number; end: number } | undefined {
  const quote = text[userEnd + 2];
  if (quote !== '"' && quote !== "'") return undefined;
  const start = userEnd + 3;
  // Looked for within the longest argument only, so a quote that never closes is not searched for to the end.
  const inArgument = text.slice(start, start + MAX_ARGUMENT + 1).indexOf(quote);
  const end = start + inArgument;
  if (inArgument < 0 || text.slice(start, end).includes('\n')) return undefined;
  const user = text.slice(userStart, userEnd);
  const password = text.slice(start, end);
  if (isReference(user) || password === user || !isCredential(password)) return undefined;
  return { start, end };
}

/** A user that names none: a variable (`$USER`), or the next option read as the argument (`-u -p`). */
function isReference(user: string): boolean {
  return user.startsWith('$') || user.startsWith('-');
}

/** A half of the argument that is a credential: not digits alone (`-u 1000:1000`), and random or password-like. */
function isCredential(value: string): boolean {
  if (/^\d*$/.test(value)) return false;
  return isCrediblePassword(value, 6) || plausibleSecret(value);
}

/**
 * `curl -u user:password`, `--user user:password`, `--user=user:password`, `-uuser:password`, `--proxy-user`,
 * libcurl's `CURLOPT_USERPWD, "user:password"` in code, Samba's `-U user%password`, and an option that starts a
 * continued command's next line: the password of a command's credentials option. Numeric pairs (`-u 1000:1000`),
 * references (`$USER:$TOKEN`) and equal halves (`www-data:www-data`) are not credentials.
 */
export const cliUserPassword = anchoredScannerRule({
  id: 'cli-user-password',
  // `\n-u`: an option that starts a line continued from the one before (`curl … \` then `-u user:…`).
  // `userpwd`: libcurl's option in code, `curl_setopt($ch, CURLOPT_USERPWD, "user:…")`, `c.setopt(pycurl.USERPWD, …)`.
  anchors: [' -u', '\t-u', '\n-u', '--user', PROXY_USER, USERPWD],
  title: 'Password in a command-line user:password option',
  severity: 'high',
  confidence: 0.75,
  *scan(text, anchorStarts) {
    for (let nth = 0; nth < anchorStarts.length; nth++) {
      const hit = anchorStarts[nth]!;
      let at: number;
      if (startsWithFolded(text, hit, USERPWD)) {
        // libcurl's option, then its value as the next argument.
        const comma = skipSpaces(text, hit + USERPWD.length);
        if (text.charCodeAt(comma) !== 44) continue;
        const password = passwordOfArgument(text, skipSpaces(text, comma + 1), false);
        if (password !== undefined) yield password;
        continue;
      }
      const long = text.startsWith('--user', hit) ? 6 : text.startsWith(PROXY_USER, hit) ? PROXY_USER.length : 0;
      if (long > 0) {
        if (hit > 0 && !isBlank(text.charCodeAt(hit - 1))) continue;
        at = hit + long;
        if (text[at] !== '=' && !isBlank(text.charCodeAt(at))) continue;
      } else {
        at = hit + 3;
      }
      while (at < text.length && (isBlank(text.charCodeAt(at)) || text[at] === '=')) at++;
      // Samba's tools (`smbclient -U user%password`) part the two with a percent sign.
      const password = passwordOfArgument(text, at, text.charCodeAt(hit + 2) === 85);
      if (password !== undefined) yield password;
    }
  },
});
