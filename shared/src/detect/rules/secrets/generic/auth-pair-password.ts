import { anchoredScannerRule } from '../../../define';
import { plausibleSecret } from './generic-secret-assignment';
import { skipSpaces } from './value-scan';
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
    // A line feed or an escape: not a plain literal.
    if (c === 10 || c === 92) return -1;
  }
  return -1;
}

/**
 * The password of a user and password given together as two literals: Python's `auth=("user", "…")` (requests,
 * httpx), `HTTPBasicAuth("user", "…")`, `aiohttp.BasicAuth("user", "…")`, Java's
 * `new PasswordAuthentication("user", "…".toCharArray())` and `UsernamePasswordCredentials("user", "…")`, .NET's
 * `new NetworkCredential("user", "…")`. The second literal must look like a password and differ from the first;
 * a reference or a placeholder is no password.
 */
export const authPairPassword = anchoredScannerRule({
  id: 'auth-pair-password',
  anchors: ['auth=(', 'auth = (', 'auth=[', 'basicauth(', 'passwordauthentication(', 'usernamepasswordcredentials(', 'networkcredential('],
  title: 'Password given with its user name as a pair of literals',
  severity: 'high',
  confidence: 0.7,
  *scan(text, anchorStarts) {
    for (let nth = 0; nth < anchorStarts.length; nth++) {
      const hit = anchorStarts[nth]!;
      // Every anchor ends at its bracket (the longest is 28 characters): the user literal follows.
      let at = hit;
      while (at < hit + 28 && text[at] !== '(' && text[at] !== '[') at++;
      const userStart = skipSpaces(text, at + 1);
      const userEnd = literalEnd(text, userStart);
      if (userEnd < 0 || userEnd === userStart + 1) continue;
      const comma = skipSpaces(text, userEnd + 1);
      if (text[comma] !== ',') continue;
      const passwordStart = skipSpaces(text, comma + 1);
      const passwordEnd = literalEnd(text, passwordStart);
      if (passwordEnd < 0) continue;
      // The literal is a whole argument: the pair's `)` or `]`, another argument, or a call on it (`.toCharArray()`).
      const after = text[skipSpaces(text, passwordEnd + 1)];
      if (after !== ')' && after !== ']' && after !== ',' && after !== '.') continue;
      const user = text.slice(userStart + 1, userEnd);
      const password = text.slice(passwordStart + 1, passwordEnd);
      if (password === user || /^\d+$/.test(password)) continue;
      if (!isCrediblePassword(password, 6) && !plausibleSecret(password)) continue;
      yield { start: passwordStart + 1, end: passwordEnd };
    }
  },
});
