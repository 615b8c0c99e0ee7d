/**
 * A word as code units in lower and upper case, to be compared with a text in place: a slice and a lower-cased
 * copy per position cost more than the rest of a rule that reads its words at every anchor.
 */
export interface FoldedWord {
  word: string;
  lower: number[];
  upper: number[];
}

export function folded(word: string): FoldedWord {
  // By code unit, as the text is compared (a character outside the BMP is two).
  const units = word.split('').map((char) => {
    // A character whose other case is not one code unit (`ß` → `SS`) matches only as written.
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    return { lower: lower.length === 1 ? lower.charCodeAt(0) : char.charCodeAt(0), upper: upper.length === 1 ? upper.charCodeAt(0) : char.charCodeAt(0) };
  });
  return { word, lower: units.map((unit) => unit.lower), upper: units.map((unit) => unit.upper) };
}

/** Whether `word` stands at `at`, in any case. */
export function foldedAt(text: string, at: number, word: FoldedWord): boolean {
  if (at + word.lower.length > text.length) return false;
  for (let i = 0; i < word.lower.length; i++) {
    const c = text.charCodeAt(at + i);
    if (c !== word.lower[i] && c !== word.upper[i]) return false;
  }
  return true;
}

/**
 * `text` at `at` spells `lower` (lower-case ASCII letters, digits and punctuation) in any case, without a slice.
 * Only a capital letter is folded: `| 32` on every unit also took `_` for DEL and a carriage return for `-`.
 */
export function startsWithFolded(text: string, at: number, lower: string): boolean {
  if (at + lower.length > text.length) return false;
  for (let k = 0; k < lower.length; k++) {
    const c = text.charCodeAt(at + k);
    const l = lower.charCodeAt(k);
    if (c !== l && (c < 65 || c > 90 || c + 32 !== l)) return false;
  }
  return true;
}
