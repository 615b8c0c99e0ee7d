/** A "word" character in any script: letters, digits (incl. non-Latin), combining marks, `_`. */
export const WORD_CHAR = String.raw`[\p{L}\p{N}\p{M}_]`;
const WORD_CHAR_RE = new RegExp(`^${WORD_CHAR}$`, 'u');

function isAsciiWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** True when the code point ending right before `at` is a word character. */
export function wordCharBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  // Most text is ASCII; the Unicode property test costs a string and a regex run per call.
  if (low < 128) return isAsciiWordChar(low);
  const start = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return WORD_CHAR_RE.test(String.fromCodePoint(text.codePointAt(start)!));
}

/** True when the code point starting at `at` is a word character. */
export function wordCharAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 128) return isAsciiWordChar(code);
  return WORD_CHAR_RE.test(String.fromCodePoint(text.codePointAt(at)!));
}

/** Escapes `text` for use inside a `u`-flag RegExp (which rejects needless escapes like `\-`). */
export function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
