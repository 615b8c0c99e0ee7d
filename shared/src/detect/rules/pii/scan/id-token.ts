import { at, isDigit, isUpper, isWord } from './chars';
import type { LabelRegions } from './label-regions';

/** A document number written as one token of upper-case letters and digits, maybe in dash-joined groups. */
export interface IdToken {
  start: number;
  end: number;
  /** Its letters and digits, without dashes. */
  compact: string;
  digits: number;
}

const DASH = 45;
const DOT = 46;
const SLASH = 47;

function isIdChar(c: number): boolean {
  return isDigit(c) || isUpper(c);
}

/** A dash between two token characters, when dashes may join groups. */
function joiningDash(text: string, i: number, dashes: boolean): boolean {
  return dashes && at(text, i) === DASH && isIdChar(at(text, i - 1)) && isIdChar(at(text, i + 1));
}

/**
 * Every token of upper-case letters and digits (single dashes allowed between groups when `dashes`) holding
 * a digit, `minLength` to `maxLength` characters long (dashes included), that is no part of a longer word,
 * path, decimal or date: the shape of passport and licence numbers. Found from each digit (`C01X00T47` has no run of two),
 * each token looked at once, its extent bounded by `maxLength`. With `regions`, the text far from them
 * is not read (tokens starting outside them may still be listed).
 */
export function* idTokens(text: string, minLength: number, maxLength: number, dashes: boolean, regions?: LabelRegions): Generator<IdToken> {
  // `test` rather than `exec`: V8 skips to the next digit natively, and no match array is made per digit.
  const digit = /[0-9]/g;
  while (digit.test(text)) {
    const found = digit.lastIndex - 1;
    if (regions !== undefined) {
      // A token holding this digit starts at most `maxLength` before it. The tokens found do not depend on
      // where the search resumes: each is a whole run, whichever of its digits is met first.
      const next = regions.nextCovered(Math.max(0, found - maxLength - 1));
      if (next === -1) return;
      if (next > found) {
        digit.lastIndex = next;
        continue;
      }
    }
    let start = found;
    while (found - start <= maxLength && (isIdChar(at(text, start - 1)) || joiningDash(text, start - 1, dashes))) start--;
    let end = found + 1;
    while (end - start <= maxLength && (isIdChar(at(text, end)) || joiningDash(text, end, dashes))) end++;
    if (end - start > maxLength) {
      // Too long to be a document number: skip the rest of it in one go.
      while (isIdChar(at(text, end)) || joiningDash(text, end, dashes)) end++;
      digit.lastIndex = end;
      continue;
    }
    digit.lastIndex = end;
    // In a text dense with short numbers (`123 456 782`) most tokens end here, before any slice.
    if (end - start < minLength) continue;
    const before = at(text, start - 1);
    const after = at(text, end);
    if (isWord(before) || before === DOT || before === SLASH || before === DASH || isWord(after) || after === SLASH) continue;
    if ((after === DOT || after === DASH) && isDigit(at(text, end + 1))) continue;
    const raw = text.slice(start, end);
    // `2024-01-15`, `15-01-2024`: a date, not a document number.
    if (raw.length === 10 && /^(?:\d{4}-\d{2}-\d{2}|\d{2}-\d{2}-\d{4})$/.test(raw)) continue;
    const compact = dashes && raw.includes('-') ? raw.replace(/-/g, '') : raw;
    let digits = 0;
    for (let i = 0; i < compact.length; i++) if (isDigit(compact.charCodeAt(i))) digits++;
    yield { start, end, compact, digits };
  }
}
