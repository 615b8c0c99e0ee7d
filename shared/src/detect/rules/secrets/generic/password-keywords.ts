function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isKeyChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46;
}

export interface KeyName {
  /** Start of the whole key (`db_password` in `db_password=`, `--password` for flags). */
  start: number;
  /** End of the key name. */
  end: number;
  /** The password word itself, lowercase: `password`, `pass`, `pwd`... */
  core: string;
}

/**
 * What may follow `pass` in a password word, longest first where one starts another, each with the word it
 * makes: `password`, `passwd`, `passphrase`, `passwort`; `pass` alone is a word too.
 */
const PASS_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['word', 'password'],
  ['wd', 'passwd'],
  ['phrase', 'passphrase'],
  ['wort', 'passwort'],
];

/** `ending` (lowercase letters) at `at`, in any case. */
function lettersAt(text: string, at: number, ending: string): boolean {
  for (let i = 0; i < ending.length; i++) if ((text.charCodeAt(at + i) | 32) !== ending.charCodeAt(i)) return false;
  return true;
}

/**
 * The password word at `at` (any case), lowercase: `pass` and `pwd` first, then what follows `pass`; by hand,
 * as it runs for every `pass` and `pwd` in the text.
 */
function coreAt(text: string, at: number): string | undefined {
  if ((text.charCodeAt(at) | 32) !== 112) return undefined;
  if (lettersAt(text, at + 1, 'wd')) return 'pwd';
  if (!lettersAt(text, at + 1, 'ass')) return undefined;
  for (let k = 0; k < PASS_ENDINGS.length; k++) if (lettersAt(text, at + 4, PASS_ENDINGS[k]![0])) return PASS_ENDINGS[k]![1];
  return 'pass';
}

/**
 * The key name around a keyword hit, when the keyword ends the name: `DB_PASSWORD`, `dbPass`,
 * `spring.datasource.password`, `--password`, `pwd2`. Undefined for `bypass`, `compass`, `passport`,
 * `password_hash`, `passwordField`: names where the word is part of something else.
 */
export function keyNameAt(text: string, at: number): KeyName | undefined {
  const first = text.charCodeAt(at);
  const prev = at > 0 ? text.charCodeAt(at - 1) : 32;
  // Start of a word: not preceded by a letter, unless camelCase (`dbPass`).
  if (isLetter(prev) && !(isUpper(first) && !isUpper(prev))) return undefined;
  const core = coreAt(text, at);
  if (core === undefined) return undefined;
  let end = at + core.length;
  while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
  if (end < text.length) {
    const next = text.charCodeAt(end);
    // The name must end here (`-` only as part of `->`).
    if (isLetter(next) || next === 95 || next === 46 || (next >= 48 && next <= 57)) return undefined;
    if (next === 45 && text.charCodeAt(end + 1) !== 62) return undefined;
  }
  let start = at;
  while (start > 0 && at - start < 80 && isKeyChar(text.charCodeAt(start - 1))) start--;
  return { start, end, core };
}
