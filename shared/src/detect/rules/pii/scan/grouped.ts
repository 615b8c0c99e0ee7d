import { at, isDigit, isWord } from './chars';
import { digitRuns, digitsEnd } from './digits';
import { continuesIban } from './iban-shape';
import type { LabelRegions } from './label-regions';

/** A number printed in one of the shapes asked for. */
export interface GroupedNumber {
  start: number;
  end: number;
  /** Its digits, without separators. */
  digits: string;
  /** The separator between its groups, or -1 when it is one bare run. */
  sep: number;
}

const SPACE = 32;
const DASH = 45;
const DOT = 46;
const SLASH = 47;
const PLUS = 43;

/**
 * A character that joins digits into one longer number: `-`, `.`, `/` always; a space only for formats
 * printed with spaces (then `12 345 678 901` may be one number; for PESEL a space just ends it).
 */
function joins(c: number, seps: readonly number[]): boolean {
  return c === DASH || c === DOT || c === SLASH || (c === SPACE && seps.includes(SPACE));
}

/** Nothing glued to the left that makes the run part of something longer: a word, `.5`, `+`, `12-`. */
function cleanLeft(text: string, start: number, seps: readonly number[]): boolean {
  const prev = at(text, start - 1);
  if (isWord(prev) || prev === DOT || prev === PLUS || prev === SLASH) return false;
  return !(joins(prev, seps) && isDigit(at(text, start - 2)));
}

function cleanRight(text: string, end: number, seps: readonly number[]): boolean {
  const next = at(text, end);
  if (isWord(next)) return false;
  return !(joins(next, seps) && isDigit(at(text, end + 1)));
}

/** The group lengths read so far (`count` of them) are exactly `shape`. */
function sameShape(shape: readonly number[], lengths: Int32Array, count: number): boolean {
  if (shape.length !== count) return false;
  for (let i = 0; i < count; i++) if (shape[i] !== lengths[i]) return false;
  return true;
}

/** `sameShape` for one of `shapes`: a loop, not a closure made for every digit run of the text. */
function someShape(shapes: readonly (readonly number[])[], lengths: Int32Array, count: number): boolean {
  for (const shape of shapes) if (sameShape(shape, lengths, count)) return true;
  return false;
}

/** Group lengths of the number being read: reused, so a text dense with digits makes no garbage here. */
let groupLengths = new Int32Array(8);

/**
 * Every number in `text` printed in one of `shapes` (digit counts per group: `[3, 3, 4]`, `[10]` for a bare
 * run), its groups joined by one separator from `separators` throughout, not glued to a longer number or a
 * word, and not the digits of a printed IBAN. Each digit run is looked at once, with work bounded by the
 * longest shape. With `regions`, only numbers that start in one are listed.
 */
export function* groupedNumbers(text: string, shapes: readonly (readonly number[])[], separators: string, regions?: LabelRegions): Generator<GroupedNumber> {
  const seps = [...separators].map((c) => c.charCodeAt(0));
  // A bit per first-group length: tested for every digit run in the text, by every rule that uses this.
  let firstLengths = 0;
  for (const shape of shapes) {
    if (shape[0]! > 30) throw new Error(`a first group of ${shape[0]} digits is longer than any number read here`);
    firstLengths |= 1 << shape[0]!;
  }
  const maxGroups = Math.max(...shapes.map((shape) => shape.length));
  if (groupLengths.length < maxGroups + 1) groupLengths = new Int32Array(maxGroups + 1);
  const runs = digitRuns(text);
  let skipUntil = -1;
  for (let r = 0; r < runs.count; r++) {
    const s = runs.starts[r]!;
    if (s < skipUntil) continue;
    const e = runs.ends[r]!;
    if (e - s > 30 || ((firstLengths >>> (e - s)) & 1) === 0 || !cleanLeft(text, s, seps)) continue;
    const lengths = groupLengths;
    lengths[0] = e - s;
    let count = 1;
    let end = e;
    const sep = at(text, e);
    if (seps.includes(sep)) {
      while (count <= maxGroups && at(text, end) === sep && isDigit(at(text, end + 1))) {
        const groupEnd = digitsEnd(text, end + 1);
        lengths[count++] = groupEnd - end - 1;
        end = groupEnd;
      }
    }
    if (!cleanRight(text, end, seps) || !someShape(shapes, lengths, count)) continue;
    if (continuesIban(text, s)) continue;
    skipUntil = end;
    // Outside `regions` no label can name it: passed over, though still a whole number the next runs are in.
    if (regions !== undefined && !regions.covers(s)) continue;
    // One slice, and one replace for a grouped number: its groups are joined by the one separator.
    const digits = count === 1 ? text.slice(s, end) : text.slice(s, end).replaceAll(String.fromCharCode(sep), '');
    yield { start: s, end, digits, sep: count === 1 ? -1 : sep };
  }
}
