import { at, isDigit, isLetter, isWord } from './chars';

/** `c` is a letter of the case `lower` says (`Ñ` and `ñ` among them, as Spanish codes spell with it), or a digit. */
function isOfCaseOrDigit(c: number, lower: boolean): boolean {
  if (isDigit(c)) return true;
  return lower ? (c >= 97 && c <= 122) || c === 241 : (c >= 65 && c <= 90) || c === 209;
}

/**
 * The `length` characters at `start`, upper-cased, when they are a code of letters and digits written in one
 * case, starting with a letter, with nothing of a word glued to either end (`RSSMRA85T10A562S`,
 * `gapr850314mdfrrs04`); else undefined.
 */
export function oneCaseCodeAt(text: string, start: number, length: number): string | undefined {
  if (start < 0 || start + length > text.length || isWord(at(text, start - 1)) || isWord(at(text, start + length))) return undefined;
  const first = at(text, start);
  if (!isLetter(first) && first !== 209 && first !== 241) return undefined;
  const lower = first >= 97;
  for (let i = start; i < start + length; i++) if (!isOfCaseOrDigit(text.charCodeAt(i), lower)) return undefined;
  return text.slice(start, start + length).toUpperCase();
}
