import { anchoredScannerRule } from '../../../define';
import { plausibleSecret } from './generic-secret-assignment';
import { isSpace } from './value-scan';
import { isCrediblePassword } from './values';

/** Longest literal read: a user name or a password is short. */
const MAX_LITERAL = 128;

/** Where a literal starting at `at` (its opening quote) ends: the offset of its closing quote, or -1. */
function literalEnd(text: string, at: number): number {
  const quote = text.charCodeAt(at);
  if (quote !== 34 && quote !== 39) return -1;
  const stop = Math.min(text.length, at + 1 + MAX_LITERAL);
  for (let i = at + 1; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === quote) return i;
    // A line feed or an escaped quote: not a plain literal. (A lone backslash is a domain's: `"corp\\svc"`.)
    if (c === 10 || (c === 92 && text.charCodeAt(i + 1) === quote)) return -1;
  }
  return -1;
}

/** Blanks and line breaks between arguments: calls with many arguments are often wrapped. */
function skipArgumentSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && i - at < 64 && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The anchors of calls whose first argument is not the user but a path before it. */
const PATH_FIRST = 'directoryentry(';

/**
 * The password of a user and password given together as two literals: Python's `auth=("user", "…")` (requests,
 * httpx), `HTTPBasicAuth("user", "…")`, `aiohttp.BasicAuth("user", "…")`, Java's
 * `new PasswordAuthentication("user", "…".toCharArray())` and `UsernamePasswordCredentials("user", "…")`, .NET's
 * `new NetworkCredential("user", "…")` and `new DirectoryEntry("LDAP://…", "user", "…")` (its path first). The second literal must look like a password and differ from the first;
 * a reference or a placeholder is no password.
 */
export const authPairPassword = anchoredScannerRule({
  id: 'auth-pair-password',
  anchors: ['auth=(', 'auth = (', 'auth=[', 'basicauth(', 'passwordauthentication(', 'usernamepasswordcredentials(', 'networkcredential(', PATH_FIRST],
  title: 'Password given with its user name as a pair of literals',
  severity: 'high',
  confidence: 0.7,
  *scan(text, anchorStarts) {
    for (let nth = 0; nth < anchorStarts.length; nth++) {
      const hit = anchorStarts[nth]!;
      // Every anchor ends at its bracket (the longest is 28 characters): the user literal follows.
      let at = hit;
      while (at < hit + 28 && text[at] !== '(' && text[at] !== '[') at++;
      let userStart = skipArgumentSpace(text, at + 1);
      if (text.slice(hit, hit + PATH_FIRST.length).toLowerCase() === PATH_FIRST) {
        const pathEnd = literalEnd(text, userStart);
        const comma = pathEnd < 0 ? -1 : skipArgumentSpace(text, pathEnd + 1);
        if (comma < 0 || text[comma] !== ',') continue;
        userStart = skipArgumentSpace(text, comma + 1);
      }
      const userEnd = literalEnd(text, userStart);
      if (userEnd < 0 || userEnd === userStart + 1) continue;
      const comma = skipArgumentSpace(text, userEnd + 1);
      if (text[comma] !== ',') continue;
      const passwordStart = skipArgumentSpace(text, comma + 1);
      const passwordEnd = literalEnd(text, passwordStart);
      if (passwordEnd < 0) continue;
      // The literal is a whole argument: the pair's `)` or `]`, another argument, or a call on it (`.toCharArray()`).
      const after = text[skipArgumentSpace(text, passwordEnd + 1)];
      if (after !== ')' && after !== ']' && after !== ',' && after !== '.') continue;
      const user = text.slice(userStart + 1, userEnd);
      const password = text.slice(passwordStart + 1, passwordEnd);
      if (password === user || /^\d+$/.test(password)) continue;
      if (!isCrediblePassword(password, 6) && !plausibleSecret(password)) continue;
      yield { start: passwordStart + 1, end: passwordEnd };
    }
  },
});
