import { at, isDigit, isWord } from './chars';
import { digitRuns, digitsEnd } from './digits';
import { labels } from './label';
import { isMarkJoiner, markedNumberEndsAt, markedNumberStartsAt } from './marked-neighbour';

/** Words that name a number as a Social Security number. */
export const SSN_LABELS = labels(['ssn', 'ssns', 'social security', 'soc sec', 'ss#', 'ss no', 'ss number']);

const SPACE = 32;
const DASH = 45;
const DOT = 46;
const SLASH = 47;
const PLUS = 43;

/** A number shaped like a US taxpayer number: area-group-serial `123-45-6789` (or spaces, dots), or 9 digits. */
export interface SsnShaped {
  start: number;
  end: number;
  /** The nine digits, without separators. */
  digits: string;
  /** The separator between the groups, or -1 for nine bare digits. */
  sep: number;
}

/**
 * Nothing glued to the left that makes the number part of a longer one. A space and digits before it do, unless
 * the number's groups are joined by a dash or a dot (`sep`) or those digits end such a number: then they are
 * another number of a list (`80 107 338 338 971-90-5207`).
 */
function cleanLeft(text: string, start: number, sep: number): boolean {
  const prev = at(text, start - 1);
  if (isWord(prev) || prev === DOT || prev === PLUS || prev === SLASH || prev === DASH) return false;
  return !(prev === SPACE && isDigit(at(text, start - 2))) || isMarkJoiner(sep) || markedNumberEndsAt(text, start - 1);
}

function cleanRight(text: string, end: number, sep: number): boolean {
  const next = at(text, end);
  if (isWord(next)) return false;
  if (next === SPACE && isDigit(at(text, end + 1))) return isMarkJoiner(sep) || markedNumberStartsAt(text, end + 1);
  return !((next === DASH || next === DOT || next === SLASH) && isDigit(at(text, end + 1)));
}

/**
 * Every SSN-shaped number in `text`, not glued to a longer number: `123-45-6789`, `123 45 6789`,
 * `123.45.6789` (one separator kind), and nine bare digits; those starting with 9 (ITINs, never SSNs) or
 * the others.
 */
export function* ssnShapedNumbers(text: string, startsWithNine: boolean): Generator<SsnShaped> {
  // Read into locals once: a call or a yield inside the loop would otherwise make each be read again.
  const { count: runCount, starts: runStarts, ends: runEnds } = digitRuns(text);
  for (let r = 0; r < runCount; r++) {
    const s = runStarts[r]!;
    const e = runEnds[r]!;
    if ((text.charCodeAt(s) === 57) !== startsWithNine) continue;
    if (e - s === 3) {
      const sep = at(text, e);
      if (sep !== DASH && sep !== SPACE && sep !== DOT) continue;
      const groupEnd = digitsEnd(text, e + 1);
      if (groupEnd - e - 1 !== 2 || at(text, groupEnd) !== sep) continue;
      const end = digitsEnd(text, groupEnd + 1);
      if (end - groupEnd - 1 !== 4) continue;
      if (!cleanLeft(text, s, sep) || !cleanRight(text, end, sep)) continue;
      yield { start: s, end, digits: text.slice(s, e) + text.slice(e + 1, groupEnd) + text.slice(groupEnd + 1, end), sep };
    } else if (e - s === 9) {
      if (!cleanLeft(text, s, -1) || !cleanRight(text, e, -1)) continue;
      yield { start: s, end: e, digits: text.slice(s, e), sep: -1 };
    }
  }
}

/** Confidence for a valid number of this shape: dashes are how these numbers are written, a label confirms. */
export function ssnShapeConfidence(sep: number, isLabelled: boolean): number {
  if (sep === DASH) return isLabelled ? 0.95 : 0.8;
  if (sep === -1) return 0.85;
  return isLabelled ? 0.9 : 0.6;
}
