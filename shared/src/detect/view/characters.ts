import { COMPAT_RANGES } from './compat-ranges';

/**
 * Invisible characters that can sit inside a token without showing: Default_Ignorable_Code_Point (soft
 * hyphen, zero-width space and joiners, bidi controls, word joiner and invisible operators, variation
 * selectors, byte order mark, tag characters) without the Hangul fillers, which are letters. Inclusive
 * `[first, last]` pairs, ascending.
 */
export const INVISIBLE_RANGES: readonly number[] = [
  0xad, 0xad, 0x34f, 0x34f, 0x61c, 0x61c, 0x17b4, 0x17b5, 0x180b, 0x180f, 0x200b, 0x200f, 0x202a, 0x202e, 0x2060, 0x206f, 0xfe00, 0xfe0f, 0xfeff, 0xfeff, 0xfff0, 0xfff8, 0x1bca0,
  0x1bca3, 0x1d173, 0x1d17a, 0xe0000, 0xe0fff,
];

export const ORDINARY = 0;
export const INVISIBLE = 1;
export const COMPAT = 2;
/** A UTF-16 high surrogate: the code point needs the next unit too. */
export const HIGH_SURROGATE = 3;

let bmpClasses: Uint8Array | undefined;

/**
 * The class of each UTF-16 code unit (ORDINARY for ASCII), built on first use: 64 KB, a few thousand
 * entries set. The token scanner reads it for each non-ASCII character it passes.
 */
export function wideUnitClasses(): Uint8Array {
  if (bmpClasses !== undefined) return bmpClasses;
  const table = new Uint8Array(0x10000);
  const mark = (ranges: readonly number[], value: number) => {
    for (let i = 0; i < ranges.length; i += 2) {
      for (let c = ranges[i]!; c <= Math.min(ranges[i + 1]!, 0xffff); c++) table[c] = value;
    }
  };
  mark(INVISIBLE_RANGES, INVISIBLE);
  mark(COMPAT_RANGES, COMPAT);
  table.fill(HIGH_SURROGATE, 0xd800, 0xdc00);
  bmpClasses = table;
  return table;
}

/** One of ORDINARY, INVISIBLE, COMPAT, HIGH_SURROGATE for a UTF-16 code unit. */
export function unitClass(unit: number): number {
  return unit < 0x80 ? ORDINARY : wideUnitClasses()[unit]!;
}

function inRanges(ranges: readonly number[], cp: number): boolean {
  let low = 0;
  let high = ranges.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (cp < ranges[2 * middle]!) high = middle - 1;
    else if (cp > ranges[2 * middle + 1]!) low = middle + 1;
    else return true;
  }
  return false;
}

const nfkcCache = new Map<number, string>();

/**
 * What the normalised view holds for code point `cp`: nothing for an invisible character, the NFKC form for
 * a compatibility character that folds to ASCII, undefined for any other (it stays as it is).
 */
export function foldedForm(cp: number): string | undefined {
  const kind = cp <= 0xffff ? unitClass(cp) : inRanges(INVISIBLE_RANGES, cp) ? INVISIBLE : inRanges(COMPAT_RANGES, cp) ? COMPAT : ORDINARY;
  if (kind === INVISIBLE) return '';
  if (kind !== COMPAT) return undefined;
  let form = nfkcCache.get(cp);
  if (form === undefined) {
    form = String.fromCodePoint(cp).normalize('NFKC');
    nfkcCache.set(cp, form);
  }
  return form;
}
