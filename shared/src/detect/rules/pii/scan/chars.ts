// Character tests on UTF-16 code units, shared by the PII scanners.

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

const NON_ASCII_ALNUM = /[\p{L}\p{N}]/u;

/** A letter or digit outside ASCII (`ü`, `é`, `д`, `中`): part of an internationalised name or address. */
export function isNonAsciiAlnum(c: number): boolean {
  return c >= 0xaa && NON_ASCII_ALNUM.test(String.fromCharCode(c));
}

/** Letters, digits and `_`: a character that makes a neighbour part of an identifier or longer number. */
export function isWord(c: number): boolean {
  return isDigit(c) || isLetter(c) || c === 95;
}

/** `text.charCodeAt(i)` or -1 out of range (NaN-free for comparisons). */
export function at(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

/**
 * Whether the line holding `index` has, within `max` characters before it, a run of `run` ASCII letters, or
 * any character outside ASCII (which lower-casing may turn into one). A word test on that window can match
 * only then: most numbers in a list of numbers have none, and skip the slice and the regexes.
 */
export function lettersBefore(text: string, index: number, max: number, run = 1): boolean {
  const from = Math.max(0, index - max);
  let letters = 0;
  for (let i = index - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return false;
    if (c > 127) return true;
    letters = isLetter(c) ? letters + 1 : 0;
    if (letters >= run) return true;
  }
  return false;
}

/** Lower-cased text of the line containing `index`, up to `max` characters before it. */
export function lineBefore(text: string, index: number, max: number): string {
  // Walks back at most `max` characters: `lastIndexOf('\n')` would walk to the line start from every
  // candidate, quadratic on a long line of them.
  const from = Math.max(0, index - max);
  let start = index;
  while (start > from && text.charCodeAt(start - 1) !== 10) start--;
  return text.slice(start, index).toLowerCase();
}

/** Bits of `ASCII_CLASS`. */
export const DIGIT_BIT = 1;
export const UPPER_BIT = 2;
export const LOWER_BIT = 4;
/** A letter, digit or `_`: see `isWord`. */
export const WORD_BITS = DIGIT_BIT | UPPER_BIT | LOWER_BIT | 8;
export const HEX_BIT = 16;

/**
 * What each ASCII code unit is, as bits: loops over every character of a text dense with numbers answer
 * with one load where the tests above would take a call each (and a call into another module costs more
 * than the test under some module loaders). Read it into a local (a module constant, or a variable before a
 * loop).
 */
export const ASCII_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++)
    table[c] = (isDigit(c) ? DIGIT_BIT : 0) | (isUpper(c) ? UPPER_BIT : 0) | (c >= 97 && c <= 122 ? LOWER_BIT : 0) | (c === 95 ? 8 : 0) | (isHex(c) ? HEX_BIT : 0);
  return table;
})();
