import { hasDistinctChars } from '../../../distinct-chars';
import { ASCII_CLASS, DIGIT_BIT, HEX_BIT, WORD_BITS } from '../scan/chars';
import { digitsEnd } from '../scan/digits';

/** A phone number found in a text, with how sure its shape makes us. */
export interface Hit {
  start: number;
  end: number;
  confidence: number;
}

const SPACE = 32;
const DASH = 45;
const DOT = 46;
const SLASH = 47;
const PLUS = 43;
const COLON = 58;
const COMMA = 44;
const OPEN = 40;

// The module's own copies: every phone candidate reads its neighbours through these, and some TypeScript
// loaders turn each use of an imported binding into a property read through the other module.
const CLASS = ASCII_CLASS;
const DIGIT = DIGIT_BIT;
const WORD = WORD_BITS;
const HEX = HEX_BIT;

/** The class bits (see `ASCII_CLASS`) of the code unit at `i`: 0 outside the text and outside ASCII. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 128 ? CLASS[c]! : 0;
}

/** `text.charCodeAt(i)`, or -1 outside the text. */
function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

function digitAt(text: string, i: number): boolean {
  return (classAt(text, i) & DIGIT) !== 0;
}

function wordAt(text: string, i: number): boolean {
  return (classAt(text, i) & WORD) !== 0;
}

/** At least three different digits: `+10000000000` and `+1111111111` are not numbers anyone owns. */
export function variedDigits(digits: string): boolean {
  return hasDistinctChars(digits, 3);
}

/**
 * `variedDigits` of the digits between `start` and `end`, other characters (separators, parentheses) passed
 * over: read in place, as most numbers read this way are given up on and their digits need no string.
 */
export function variedDigitsIn(text: string, start: number, end: number): boolean {
  let seen = 0;
  let distinct = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    const bit = 1 << (c - 48);
    if ((seen & bit) !== 0) continue;
    seen |= bit;
    if (++distinct === 3) return true;
  }
  return false;
}

/** A two-character hex token (`0a`, `7f`) with a digit right next to the number: a hex dump, not a phone. */
export function hexPairAround(text: string, start: number, end: number): boolean {
  const before = codeAt(text, start - 1) === SPACE && hexPair(text, start - 3) && !wordAt(text, start - 4);
  const after = codeAt(text, end) === SPACE && hexPair(text, end + 1) && !wordAt(text, end + 3);
  return before || after;
}

/** Two hex digits at `a`, one of them a decimal digit. */
function hexPair(text: string, a: number): boolean {
  const first = classAt(text, a);
  const second = classAt(text, a + 1);
  return (first & HEX) !== 0 && (second & HEX) !== 0 && ((first | second) & DIGIT) !== 0;
}

/** Nothing number-like glued to the left of `start`: a letter, `_`, `.5`, `12-`, `v`, `+`. */
export function cleanLeft(text: string, start: number): boolean {
  const prev = codeAt(text, start - 1);
  if (wordAt(text, start - 1) || prev === DOT || prev === PLUS || prev === SLASH) return false;
  // A number before and a blank between continue it (`123 456 782`), unless an area code's parenthesis opens a
  // new one (`… 2412622879 (02) 6977 5914`, a list of numbers).
  if ((prev === DASH || prev === SPACE || prev === COLON) && digitAt(text, start - 2) && codeAt(text, start) !== OPEN) return false;
  return true;
}

/**
 * Nothing number-like glued to the right of `end`. A comma goes on a number only as a thousands separator
 * (`…2671,000`); before other digits it ends a CSV field (`…2671,04.54.06.48.00`, `…2671,214-97-3802`).
 */
export function cleanRight(text: string, end: number): boolean {
  const next = codeAt(text, end);
  if (wordAt(text, end)) return false;
  if ((next === DASH || next === DOT || next === SLASH || next === COLON || next === SPACE) && digitAt(text, end + 1)) return false;
  if (next === COMMA && digitsEnd(text, end + 1) === end + 4 && codeAt(text, end + 4) !== DASH) return false;
  return true;
}

/** Groups that count (`01 02 03 04 05`, `10 20 30 40 50`): a byte dump or a sequence, not a number. */
export function arithmetic(groups: readonly string[]): boolean {
  const values = groups.map(Number);
  const step = values[1]! - values[0]!;
  for (let i = 2; i < values.length; i++) if (values[i]! - values[i - 1]! !== step) return false;
  return true;
}
