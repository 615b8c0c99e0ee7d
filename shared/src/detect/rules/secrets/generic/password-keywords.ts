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

/** The password words a key may end with, longest first where one starts another (`password` before `pass`). */
const CORES = ['password', 'passwd', 'passphrase', 'passwort', 'pass', 'pwd'];

/** The password word at `at` (any case), lowercase; by hand, as it runs for every `pass` and `pwd` in the text. */
function coreAt(text: string, at: number): string | undefined {
  for (const core of CORES) {
    let i = 0;
    while (i < core.length && (text.charCodeAt(at + i) | 32) === core.charCodeAt(i)) i++;
    if (i === core.length) return core;
  }
  return undefined;
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
