import { isDigit } from './chars';

/** Letters a German passport or identity card number is written with: no vowels, no `B`, `D`, `Q` or `S`. */
const GERMAN_DOCUMENT_LETTERS = new Set([...'CFGHJKLMNPRTVWXYZ'].map((letter) => letter.charCodeAt(0)));

/**
 * `[start, end)` is nine characters of the alphabet German passports and identity cards are numbered in
 * (`C1TFLGYF4`, `LFC7KLMNT`) with a digit among them: the alphabet leaves words out, so one or two digits are
 * enough, where a third of real numbers have no more.
 */
export function germanDocumentNumber(text: string, start: number, end: number, digits: number): boolean {
  if (end - start !== 9 || digits === 0) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isDigit(c) && !GERMAN_DOCUMENT_LETTERS.has(c)) return false;
  }
  return true;
}
