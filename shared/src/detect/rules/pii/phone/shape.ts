import { hasDistinctChars } from '../../../distinct-chars';
import { at, isDigit, isHex, isWord } from '../scan/chars';
import { digitsEnd } from '../scan/digits';

/** A phone number found in a text, with how sure its shape makes us. */
export interface Hit {
  start: number;
  end: number;
  confidence: number;
}

export const SPACE = 32;
export const DASH = 45;
export const DOT = 46;
export const SLASH = 47;
export const PLUS = 43;
export const OPEN = 40;
export const CLOSE = 41;
const COLON = 58;
const COMMA = 44;

/** At least three different digits: `+10000000000` and `+1111111111` are not numbers anyone owns. */
export function variedDigits(digits: string): boolean {
  return hasDistinctChars(digits, 3);
}

/** A two-character hex token (`0a`, `7f`) with a digit right next to the number: a hex dump, not a phone. */
export function hexPairAround(text: string, start: number, end: number): boolean {
  const pair = (a: number) => isHex(at(text, a)) && isHex(at(text, a + 1)) && (isDigit(at(text, a)) || isDigit(at(text, a + 1)));
  const before = at(text, start - 1) === SPACE && pair(start - 3) && !isWord(at(text, start - 4));
  const after = at(text, end) === SPACE && pair(end + 1) && !isWord(at(text, end + 3));
  return before || after;
}

/** Nothing number-like glued to the left of `start`: a letter, `_`, `.5`, `12-`, `v`, `+`. */
export function cleanLeft(text: string, start: number): boolean {
  const prev = at(text, start - 1);
  if (isWord(prev) || prev === DOT || prev === PLUS || prev === SLASH) return false;
  if ((prev === DASH || prev === SPACE || prev === COLON) && isDigit(at(text, start - 2))) return false;
  return true;
}

/**
 * Nothing number-like glued to the right of `end`. A comma goes on a number only as a thousands separator
 * (`…2671,000`); before other digits it ends a CSV field (`…2671,04.54.06.48.00`, `…2671,214-97-3802`).
 */
export function cleanRight(text: string, end: number): boolean {
  const next = at(text, end);
  if (isWord(next)) return false;
  if ((next === DASH || next === DOT || next === SLASH || next === COLON || next === SPACE) && isDigit(at(text, end + 1))) return false;
  if (next === COMMA && digitsEnd(text, end + 1) === end + 4 && at(text, end + 4) !== DASH) return false;
  return true;
}

/** Groups that count (`01 02 03 04 05`, `10 20 30 40 50`): a byte dump or a sequence, not a number. */
export function arithmetic(groups: readonly string[]): boolean {
  const values = groups.map(Number);
  const step = values[1]! - values[0]!;
  for (let i = 2; i < values.length; i++) if (values[i]! - values[i - 1]! !== step) return false;
  return true;
}
