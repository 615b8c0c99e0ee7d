import { isLetter } from '../../pii/scan/chars';
import { JUXTAPOSED, PROSE_VERBS, type Assigned } from './assignment';

/** Ends a sentence's last word: a full stop, a comma, `!`, `?`, `;` or a closing bracket. */
function isClosingPunctuation(c: number): boolean {
  return c === 46 || c === 44 || c === 33 || c === 63 || c === 59 || c === 41;
}

function isLineEnd(c: number): boolean {
  return c === 10 || c === 13;
}

/**
 * Digits after a lower-case word that name an encoding, a digest or a version (`base64url`, `sha256crypt`,
 * `utf8mb4`, `v2beta1`), which "the password is …" may describe rather than give.
 */
const TECHNICAL_WORD = /^(?:base|sha|md|utf|aes|rsa|crc|pbkdf|argon|bcrypt|ipv|tls|ssl|http|v)\d/i;

/** Words of code that declare the name after them: `let password = userInput1` names a variable. */
const DECLARING = new Set(['let', 'const', 'var', 'val', 'my', 'our', 'local', 'auto', 'dim', 'def', 'string', 'final', 'static', 'private', 'public', 'protected', 'readonly']);

/**
 * A word stands before the name on its line (`wifi password: …`, not a configuration line's `password: …`), and
 * is not one that declares it in code.
 */
function wordsBefore(text: string, nameStart: number): boolean {
  if (text.charCodeAt(nameStart - 1) !== 32) return false;
  let start = nameStart - 1;
  while (start > 0 && nameStart - 1 - start < 12 && isLetter(text.charCodeAt(start - 1))) start--;
  return start < nameStart - 1 && !DECLARING.has(text.slice(start, nameStart - 1).toLowerCase());
}

/** `with ` or `using ` stands right before the name: `ssh dana@db with password …`, `log in using password …`. */
function givenWith(text: string, nameStart: number): boolean {
  return (nameStart >= 5 && text.startsWith('with ', nameStart - 5)) || (nameStart >= 6 && text.startsWith('using ', nameStart - 6));
}

/**
 * `the wifi password is lanternfish42.`, `wifi password: lanternfish42`, `… with password lanternfish42`: a
 * sentence that gives the password by its verb, by words and the name before a colon or `=`, or by `with` or
 * `using` and the name, the value its last word (a line's end, the text's end or punctuation after it, not more
 * words: "the password is base64 encoded" goes on). A plain value, letters and a digit or a symbol, is taken so,
 * where it would not be on its looks: no one says a password "is" a word with a digit in it unless that is the
 * password. Words alone ("the password is incorrect.") are not taken.
 */
export function statedInSentence(text: string, value: Assigned, end: number, password: string, nameStart: number): boolean {
  if (value.quoted) return false;
  const byVerb = value.prose && PROSE_VERBS.includes(value.operator);
  const byName = (value.operator === ':' || value.operator === '=') && wordsBefore(text, nameStart);
  if (!byVerb && !byName && !(value.operator === JUXTAPOSED && givenWith(text, nameStart))) return false;
  if (!/[A-Za-z]/.test(password) || !/[^A-Za-z_-]/.test(password) || TECHNICAL_WORD.test(password)) return false;
  let i = end;
  const punctuated = isClosingPunctuation(text.charCodeAt(i));
  // A few marks at most (`…42!?)`): a run of them is read no further, whatever follows.
  while (i - end < 4 && isClosingPunctuation(text.charCodeAt(i))) i++;
  if (i >= text.length || isLineEnd(text.charCodeAt(i))) return true;
  const c = text.charCodeAt(i);
  return punctuated && (c === 32 || c === 9);
}
