import { anchoredScannerRule } from '../../../define';
import type { ScannerRule } from '../../../rule';
import { isPlainPassword, PLAIN_PASSWORD_CONFIDENCE } from './plain-password';
import { isCrediblePassword, isOpaqueSecret } from './values';

// Userinfo characters: no whitespace, quotes, brackets or URL delimiters. The password may hold a raw `@` or
// `#` (people do not always percent-encode); the lazy repetition settles on the `@` that precedes the host.
const USER = String.raw`[^\s:@/?#"'\x60<>\\]*`;
const PW = String.raw`[^\s@/?"'\x60<>\\]+`;
// A host runs up to a port, path, query, list separator, quote or the end; a `)` right before another `@` ends
// no host but the part of a password after its `@` (`Zxcvbnm@12345)@cluster0…`).
const HOST = String.raw`[A-Za-z0-9_.%\[\]-]+(?![^:/?#,;"'\x60)<>\s\\]|\)@)`;

/** Characters that end a userinfo before its `@`: whitespace, quotes, brackets, URL delimiters but `#`. */
const ENDS_USERINFO = new Uint8Array(128);
for (const c of ' \t\r\n\f\v/?"\'`<>\\') ENDS_USERINFO[c.charCodeAt(0)] = 1;
const COLON = 58;
const AT = 64;
/** Longest userinfo looked at; keeps a run of `://` in one long line linear. */
const MAX_USERINFO = 512;

/**
 * Whether `user:password@` could follow `://` at `from`: a colon, then an `@`, before anything that ends a
 * userinfo. Most URLs in text (`https://example.com/...`) fail this in a few characters, before any regex runs.
 */
function hasUserinfo(text: string, from: number): boolean {
  let colon = false;
  for (let i = from, end = Math.min(text.length, from + MAX_USERINFO); i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === AT) return colon;
    if (c === COLON) colon = true;
    else if (c < 128 && ENDS_USERINFO[c] === 1) return false;
    // Non-ASCII whitespace ends it as well (the regex's `\s`); other non-ASCII is allowed.
    else if (c >= 128 && /\s/.test(text[i]!)) return false;
  }
  return false;
}

/** The confidence a userinfo password is found with: the rule's when it looks like one, lower when only plain. */
function passwordConfidence(password: string, confidence: number): number | undefined {
  // `http://host:8080@...`: a port, not a password.
  if (password.length <= 5 && /^\d{1,5}$/.test(password)) return undefined;
  if (isCrediblePassword(password, 4) || (password.length >= 6 && /^[A-Za-z0-9%~+]+$/.test(password) && /\d/.test(password) && /[A-Za-z]/.test(password))) {
    return confidence;
  }
  // The URL's syntax says what the value is: a plain one counts too (`postgres://app:lanternfish@db`).
  return isPlainPassword(password) ? PLAIN_PASSWORD_CONFIDENCE : undefined;
}

/**
 * `scheme://user:password@host` for the given schemes. Anchored on `://`; a cheap forward look for
 * `:`…`@` comes first, then the pattern, which reads the scheme back with a lookbehind. The finding is the
 * password only, so redacted text keeps the host and user readable, unless the user is random too (a key id
 * and its secret), when it is the whole pair. Passwords equal to the user name (`guest:guest`) are skipped.
 */
export function userinfoPasswordRule(id: string, title: string, schemes: string, confidence: number): ScannerRule {
  const pattern = new RegExp(
    String.raw`:\/\/(?<=(?:^|[^A-Za-z0-9+.-])(?:${schemes})(?:\+[A-Za-z0-9]+)?:\/\/)(${USER}):(?!\1@)(${PW}(?:@${PW})*?)@(?=${HOST})`,
    // No `d` flag: match indices cost more than the whole match on a line of URLs; the secret's span follows
    // from the group lengths, since the match is `://`, the user, `:`, the secret, `@`. Numbered groups, the
    // user first and the secret second: named ones make an object of them on every match.
    'y',
  );
  return anchoredScannerRule({
    id,
    anchors: ['://'],
    title,
    severity: 'high',
    confidence,
    *scan(text, anchorStarts) {
      let matchedUpTo = 0;
      for (let nth = 0; nth < anchorStarts.length; nth++) {
        const at = anchorStarts[nth]!;
        if (at < matchedUpTo || !hasUserinfo(text, at + 3)) continue;
        pattern.lastIndex = at;
        const match = pattern.exec(text);
        if (match === null) continue;
        const user = match[1];
        const secret = match[2];
        if (user === undefined || secret === undefined) continue;
        matchedUpTo = match.index + match[0].length;
        const found = passwordConfidence(secret, confidence);
        if (found === undefined) continue;
        const start = match.index + 3 + user.length + 1;
        // A random user name is a key id or a key itself (`AC3f…:token@`, `key:secret@`): the pair is the secret.
        const pair = user.length >= 12 && isOpaqueSecret(user);
        yield { start: pair ? match.index + 3 : start, end: start + secret.length, confidence: found };
      }
    },
  });
}
