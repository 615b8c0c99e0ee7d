import { ASCII_CLASS, DIGIT_BIT, UPPER_BIT, WORD_BITS } from './chars';
import type { LabelRegions } from './label-regions';

/** A document number written as one token of upper-case letters and digits, maybe in dash-joined groups. */
export interface IdToken {
  start: number;
  end: number;
  /** How many of its characters are digits, and how many are dashes joining groups. */
  digits: number;
  dashes: number;
}

const DASH = 45;
const DOT = 46;
const SLASH = 47;
// Copies of the class bits: a module's own constants, not bindings read through the other module on each use.
const DIGIT = DIGIT_BIT;
const WORD = WORD_BITS;
const ID_BITS = DIGIT_BIT | UPPER_BIT;
/** How far the next digit is looked for by hand before a native search. */
const NEAR_SEARCH = 24;

/** The class bits of the code unit at `i` (0 outside the text and outside ASCII). */
export function classAt(classes: Uint8Array, text: string, i: number): number {
  if (i < 0 || i >= text.length) return 0;
  const c = text.charCodeAt(i);
  return c < 128 ? classes[c]! : 0;
}

/** The code unit at `i` is an upper-case letter or digit, or (when `dashes`) a dash between two of them. */
export function inToken(classes: Uint8Array, text: string, i: number, dashes: boolean): boolean {
  if ((classAt(classes, text, i) & ID_BITS) !== 0) return true;
  return dashes && text.charCodeAt(i) === DASH && (classAt(classes, text, i - 1) & ID_BITS) !== 0 && (classAt(classes, text, i + 1) & ID_BITS) !== 0;
}

/**
 * The first ASCII digit at or after `from`, or -1. In text dense with numbers the next digit is a few
 * characters on, nearer than a native search pays for; farther away (prose between labels) the native search
 * (`digit`, a global `[0-9]` whose `test` skips ahead without making a match array) takes over.
 */
export function nextDigit(text: string, from: number, digit: RegExp): number {
  const n = text.length;
  const near = Math.min(n, from + NEAR_SEARCH);
  for (let i = from; i < near; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return i;
  }
  if (near >= n) return -1;
  digit.lastIndex = near;
  return digit.test(text) ? digit.lastIndex - 1 : -1;
}

/**
 * Every token of upper-case letters and digits (single dashes allowed between groups when `dashes`) holding
 * a digit, `minLength` to `maxLength` characters long (dashes included), that is no part of a longer word,
 * path, decimal or date: the shape of passport and licence numbers. Found from each digit (`C01X00T47` has no run of two),
 * each token looked at once, its extent bounded by `maxLength`. With `regions`, the text far from them
 * is not read (tokens starting outside them may still be listed). Each goes to `visit`, in text order: a
 * call, not a generator's step, as a text dense with numbers has tens of thousands; the token object is
 * reused from call to call, and nothing is sliced from the text.
 */
export function forEachIdToken(text: string, minLength: number, maxLength: number, dashes: boolean, regions: LabelRegions | undefined, visit: (token: IdToken) => void): void {
  // One local table for every character test: this loop reads each character of every token.
  const classes = ASCII_CLASS;
  const token: IdToken = { start: 0, end: 0, digits: 0, dashes: 0 };
  // `test` rather than `exec`: V8 skips to the next digit natively, and no match array is made per digit.
  const digit = /[0-9]/g;
  /** Where the search for the next digit resumes. */
  let from = 0;
  for (;;) {
    const found = nextDigit(text, from, digit);
    if (found === -1) return;
    if (regions !== undefined) {
      // A token holding this digit starts at most `maxLength` before it. The tokens found do not depend on
      // where the search resumes: each is a whole run, whichever of its digits is met first.
      const next = regions.nextCovered(Math.max(0, found - maxLength - 1));
      if (next === -1) return;
      if (next > found) {
        from = next;
        continue;
      }
    }
    let start = found;
    while (found - start <= maxLength && inToken(classes, text, start - 1, dashes)) start--;
    let end = found + 1;
    while (end - start <= maxLength && inToken(classes, text, end, dashes)) end++;
    if (end - start > maxLength) {
      // Too long to be a document number: skip the rest of it in one go.
      while (inToken(classes, text, end, dashes)) end++;
      from = end;
      continue;
    }
    from = end;
    // In a text dense with short numbers (`123 456 782`) most tokens end here, before any slice.
    if (end - start < minLength) continue;
    if (measure(classes, text, start, end, token)) visit(token);
  }
}

/**
 * Whether the whole run `[start, end)` stands alone as a document number (no part of a longer word, path,
 * decimal or date); if so, `token` is set to it with its digits and dashes counted.
 */
export function measure(classes: Uint8Array, text: string, start: number, end: number, token: IdToken): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  const after = end < text.length ? text.charCodeAt(end) : -1;
  if ((classAt(classes, text, start - 1) & WORD) !== 0 || before === DOT || before === SLASH || before === DASH) return false;
  if ((classAt(classes, text, end) & WORD) !== 0 || after === SLASH) return false;
  if ((after === DOT || after === DASH) && (classAt(classes, text, end + 1) & DIGIT) !== 0) return false;
  let digits = 0;
  let dashCount = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === DASH) dashCount++;
  }
  // `2024-01-15`, `15-01-2024`: a date, not a document number.
  if (end - start === 10 && dashCount === 2 && digits === 8 && /^(?:\d{4}-\d{2}-\d{2}|\d{2}-\d{2}-\d{4})$/.test(text.slice(start, end))) return false;
  token.start = start;
  token.end = end;
  token.digits = digits;
  token.dashes = dashCount;
  return true;
}
