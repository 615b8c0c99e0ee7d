import { anchoredScannerRule } from '../../../define';
import { startsWithFolded } from '../../../folded-word';
import { isWord } from '../../pii/scan/chars';
import { isPlainPassword, PLAIN_PASSWORD_CONFIDENCE } from './plain-password';
import { isCrediblePassword } from './values';

/**
 * Words that introduce a user and its password given as a pair. (`creds are deploy / …` names a secret, which
 * `generic-secret-assignment` reads.)
 */
const LOGIN_WORDS = ['login', 'logon'];

/** What may stand between the word and the user: `is`, `are`, `:`, `=`, `-`, with blanks around. */
const INTRODUCED = /(?:[ \t]*(?::|=|-|\bis\b|\bare\b)[ \t]*|[ \t]+)/y;

/** Longest user or password read. */
const MAX_PART = 64;

/** Marks that end a sentence or a clause after the password: `… / Vq8tLw2pZr9xK.`, `… / pelican42, thanks`. */
const TRAILING = new Set([46, 44, 59, 41, 33, 63]);

/** A run of characters other than blanks from `at`, at most MAX_PART long; its end, or -1. */
function partEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && end - at <= MAX_PART) {
    const c = text.charCodeAt(end);
    if (c <= 32) break;
    end++;
  }
  return end === at || end - at > MAX_PART ? -1 : end;
}

/**
 * A user and its password given as a pair after a word that says so, as chat messages and notes give them:
 * `the admin login is dana / Vq8tLw2pZr9xK`, `login: admin@acme.io / Hq4$zR8mLp2W`, `login - deploy / pelican42`.
 * The user may not start with a slash or a dot (a path: `login / logout`), the slash has blanks on both sides,
 * and the password must look like one; a plain one (a letter and a digit or a symbol) counts at the lower
 * confidence of plain passwords.
 */
export const loginSlashPassword = anchoredScannerRule({
  id: 'login-slash-password',
  anchors: LOGIN_WORDS,
  title: 'Password given with its user as user / password',
  severity: 'high',
  confidence: 0.7,
  *scan(text, anchorStarts) {
    let lastEnd = -1;
    for (let nth = 0; nth < anchorStarts.length; nth++) {
      const hit = anchorStarts[nth]!;
      if (hit < lastEnd) continue;
      const word = loginWordAt(text, hit);
      if (word === undefined || isWord(text.charCodeAt(hit - 1)) || isWord(text.charCodeAt(hit + word.length))) continue;
      INTRODUCED.lastIndex = hit + word.length;
      if (!INTRODUCED.test(text)) continue;
      const userStart = INTRODUCED.lastIndex;
      const first = text.charCodeAt(userStart);
      if (first === 47 || first === 46) continue;
      const userEnd = partEnd(text, userStart);
      // ` / `: the slash stands alone between the two.
      if (userEnd < 0 || text.charCodeAt(userEnd) !== 32 || text.charCodeAt(userEnd + 1) !== 47 || text.charCodeAt(userEnd + 2) !== 32) continue;
      const passwordStart = userEnd + 3;
      let passwordEnd = partEnd(text, passwordStart);
      if (passwordEnd < 0) continue;
      // A sentence's mark after the password is not part of it (one, as a password may end in a symbol too).
      if (TRAILING.has(text.charCodeAt(passwordEnd - 1))) passwordEnd--;
      const password = text.slice(passwordStart, passwordEnd);
      if (password === text.slice(userStart, userEnd)) continue;
      lastEnd = passwordEnd;
      if (isCrediblePassword(password)) yield { start: passwordStart, end: passwordEnd };
      else if (/[A-Za-z]/.test(password) && /[^A-Za-z]/.test(password) && isPlainPassword(password))
        yield { start: passwordStart, end: passwordEnd, confidence: PLAIN_PASSWORD_CONFIDENCE };
    }
  },
});

/** Which of `LOGIN_WORDS` stands at `hit` (the engine matched one there, in any case). */
function loginWordAt(text: string, hit: number): string | undefined {
  for (const word of LOGIN_WORDS) if (startsWithFolded(text, hit, word)) return word;
  return undefined;
}
