import { ASCII_CLASS, DIGIT_BIT, WORD_BITS } from './chars';
import { digitRuns, digitsEnd, runsByLength } from './digits';
import { continuesIban } from './iban-shape';
import { isMarkJoiner, markedNumberEndsAt, markedNumberStartsAt } from './marked-neighbour';
import type { LabelRegions } from './label-regions';

/** A number printed in one of the shapes asked for. */
export interface GroupedNumber {
  start: number;
  end: number;
  /** Its digits, without separators, joined when first asked for (during the visit only: see `forEachGroupedNumber`). */
  digits(): string;
  /** The separator between its groups, or -1 when it is one bare run. */
  sep: number;
}

const SPACE = 32;
const DASH = 45;
const DOT = 46;
const SLASH = 47;
const PLUS = 43;
// Copies of the class bits: a module's own constants, not bindings read through the other module on each use.
const DIGIT = DIGIT_BIT;
const WORD = WORD_BITS;

/** The class bits of the code unit at `i` (0 outside the text and outside ASCII). */
function classAt(classes: Uint8Array, text: string, i: number): number {
  if (i < 0 || i >= text.length) return 0;
  const c = text.charCodeAt(i);
  return c < 128 ? classes[c]! : 0;
}

/** `text.charCodeAt(i)`, or -1 outside the text. */
function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

/**
 * A character that joins digits into one longer number: `-`, `.`, `/` always; a space only for formats
 * printed with spaces (then `12 345 678 901` may be one number; for PESEL a space just ends it).
 */
function joins(c: number, spaceJoins: boolean): boolean {
  return c === DASH || c === DOT || c === SLASH || (c === SPACE && spaceJoins);
}

/** What stands beside a number: nothing that joins it, something that makes it part of more, or a space and digits. */
const CLEAN = 0;
const GLUED = 1;
/**
 * A space, then digits: one number with them when this number's groups are spaced or it has none; another
 * number when its groups are joined by a dash, a dot or a slash (`971-90-5207 80 107 338 338`).
 */
const SPACE_THEN_DIGITS = 2;

/**
 * A space, then more digits than any group of a spaced shape holds: another number, whatever this one's
 * groups are (`7093 1739 6638 2412622879`).
 */
const SPACE_THEN_LONGER = 3;

/**
 * What is glued to the left of a run: a word, `.5`, `+`, `12-` make it part of something longer. `longestGroup`:
 * the most digits a group of the shapes printed in groups holds.
 */
function leftOf(classes: Uint8Array, text: string, start: number, spaceJoins: boolean, longestGroup: number): number {
  const prev = codeAt(text, start - 1);
  if ((classAt(classes, text, start - 1) & WORD) !== 0 || prev === DOT || prev === PLUS || prev === SLASH) return GLUED;
  if (!joins(prev, spaceJoins) || (classAt(classes, text, start - 2) & DIGIT) === 0) return CLEAN;
  if (prev !== SPACE) return GLUED;
  // The digits before the space end a number of dashes, dots or slashes: another number.
  if (markedNumberEndsAt(text, start - 1)) return CLEAN;
  return digitsBefore(text, start - 1, longestGroup + 1) > longestGroup ? SPACE_THEN_LONGER : SPACE_THEN_DIGITS;
}

function rightOf(classes: Uint8Array, text: string, end: number, spaceJoins: boolean, longestGroup: number): number {
  if ((classAt(classes, text, end) & WORD) !== 0) return GLUED;
  const next = codeAt(text, end);
  if (!joins(next, spaceJoins) || (classAt(classes, text, end + 1) & DIGIT) === 0) return CLEAN;
  if (next !== SPACE) return GLUED;
  if (markedNumberStartsAt(text, end + 1)) return CLEAN;
  return digitsEnd(text, end + 1) - end - 1 > longestGroup ? SPACE_THEN_LONGER : SPACE_THEN_DIGITS;
}

/** How many digits end at `end`, counted up to `atMost`. */
function digitsBefore(text: string, end: number, atMost: number): number {
  let i = end;
  while (i > 0 && end - i < atMost && (text.charCodeAt(i - 1) ^ 48) < 10) i--;
  return end - i;
}

/**
 * Whether a number of `count` groups joined by `sep` stands apart from what `side` says is beside it: digits
 * after a space belong to a number of spaced groups, or to one bare run, but not to one of dashes or dots, nor
 * to a number of groups when they are too many for a group.
 */
function apart(side: number, count: number, sep: number): boolean {
  if (side === CLEAN) return true;
  if (side === GLUED || count === 1) return false;
  return side === SPACE_THEN_LONGER || isMarkJoiner(sep);
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

/**
 * The digits of the `count` groups starting at `start`, each after a one-character separator: a slice per
 * group (short joined strings are flat copies), cheaper than removing the separators from one slice.
 */
export function groupDigits(text: string, start: number, lengths: Int32Array, count: number): string {
  let digits = text.slice(start, start + lengths[0]!);
  let from = start + lengths[0]! + 1;
  for (let k = 1; k < count; k++) {
    digits += text.slice(from, from + lengths[k]!);
    from += lengths[k]! + 1;
  }
  return digits;
}

/** What `forEachGroupedNumber` tests every digit run against, worked out from a rule's shapes and separators. */
interface ShapeParameters {
  /** One bit per separator character (space and ASCII punctuation, 32 to 63). */
  sepBits: number;
  spaceJoins: boolean;
  /** A bit per first-group length. */
  firstLengths: number;
  maxGroups: number;
  /** The most digits in a group of a shape printed in groups (0 when every shape is one bare run). */
  longestGroup: number;
}

/**
 * The parameters of each rule's shapes and separators, worked out on its first call: a rule asks for the same
 * ones on every text, and working them out again (arrays spread, filtered and flattened) cost more than reading
 * the numbers of a short text.
 */
const parametersOf = new WeakMap<readonly (readonly number[])[], Map<string, ShapeParameters>>();

function shapeParameters(shapes: readonly (readonly number[])[], separators: string): ShapeParameters {
  let bySeparators = parametersOf.get(shapes);
  if (bySeparators === undefined) parametersOf.set(shapes, (bySeparators = new Map<string, ShapeParameters>()));
  const known = bySeparators.get(separators);
  if (known !== undefined) return known;
  let sepBits = 0;
  for (const c of separators) {
    const code = c.charCodeAt(0);
    if (code < 32 || code >= 64) throw new Error(`separator "${c}" is not one of the characters numbers are printed with`);
    sepBits |= 1 << (code - 32);
  }
  let firstLengths = 0;
  for (const shape of shapes) {
    if (shape[0]! > 30) throw new Error(`a first group of ${shape[0]} digits is longer than any number read here`);
    firstLengths |= 1 << shape[0]!;
  }
  const parameters: ShapeParameters = {
    sepBits,
    spaceJoins: separators.includes(' '),
    firstLengths,
    maxGroups: Math.max(...shapes.map((shape) => shape.length)),
    longestGroup: Math.max(0, ...shapes.filter((shape) => shape.length > 1).flat()),
  };
  bySeparators.set(separators, parameters);
  return parameters;
}

/**
 * Per first-group length being merged, where its list is read and where it ends (at most 30 lengths): reused,
 * as no visit reads numbers itself.
 */
const cursors = new Int32Array(60);

/** Group lengths of the number being read: reused, so a text dense with digits makes no garbage here. */
let groupLengths = new Int32Array(8);

/**
 * Every number in `text` printed in one of `shapes` (digit counts per group: `[3, 3, 4]`, `[10]` for a bare
 * run), its groups joined by one separator from `separators` throughout, not glued to a longer number or a
 * word, and not the digits of a printed IBAN. Each digit run is looked at once, with work bounded by the
 * longest shape. With `regions`, only numbers that start in one are listed. Each goes to `visit`, in text
 * order: a call, not a generator's step, as a text dense with numbers has tens of thousands. The object
 * visited is reused for the next number: it is valid during the call only.
 */
export function forEachGroupedNumber(
  text: string,
  shapes: readonly (readonly number[])[],
  separators: string,
  regions: LabelRegions | undefined,
  visit: (found: GroupedNumber) => void,
): void {
  const { sepBits, spaceJoins, firstLengths, maxGroups, longestGroup } = shapeParameters(shapes, separators);
  const classes = ASCII_CLASS;
  if (groupLengths.length < maxGroups + 1) groupLengths = new Int32Array(maxGroups + 1);
  // Read into locals once: a call or a yield inside the loop would otherwise make each be read again.
  const runs = digitRuns(text);
  const { count: runCount, starts: runStarts, ends: runEnds } = runs;
  let skipUntil = -1;
  // One object for every number visited: most are given up on before their digits are needed (a rule that
  // needs a label asks for it first), so the digits are joined only when asked for.
  const found = {
    start: 0,
    end: 0,
    sep: -1,
    count: 0,
    joined: undefined as string | undefined,
    digits(): string {
      return (this.joined ??= groupDigits(text, this.start, groupLengths, this.count));
    },
  };
  /**
   * Reads the number whose first group is the digits `[s, e)`; true when one of the shapes was visited or passed
   * over whole. Called only for a first group some shape starts with: the loop below checks its length.
   */
  const readFrom = (s: number, e: number): boolean => {
    const left = leftOf(classes, text, s, spaceJoins, longestGroup);
    if (left === GLUED) return false;
    const lengths = groupLengths;
    lengths[0] = e - s;
    let count = 1;
    let end = e;
    const sep = codeAt(text, e);
    if (sep >= 32 && sep < 64 && ((sepBits >>> (sep - 32)) & 1) === 1) {
      while (count <= maxGroups && codeAt(text, end) === sep && (classAt(classes, text, end + 1) & DIGIT) !== 0) {
        const groupEnd = digitsEnd(text, end + 1);
        // After a space, more digits than a group holds, or the start of a dashed or dotted number, are the next
        // number of a list (see `rightOf`).
        if (sep === SPACE && (groupEnd - end - 1 > longestGroup || markedNumberStartsAt(text, end + 1))) break;
        lengths[count++] = groupEnd - end - 1;
        end = groupEnd;
      }
    }
    if (!apart(left, count, sep) || !apart(rightOf(classes, text, end, spaceJoins, longestGroup), count, sep) || !someShape(shapes, lengths, count)) return false;
    if (continuesIban(text, s)) return false;
    skipUntil = end;
    // Outside `regions` no label can name it: passed over, though still a whole number the next runs are in.
    if (regions !== undefined && !regions.covers(s)) return true;
    found.start = s;
    found.end = end;
    found.sep = count === 1 ? -1 : sep;
    found.count = count;
    found.joined = undefined;
    visit(found);
    return true;
  };
  // A first group of one digit before a space (a French NIR's `1 84 12 …`) is no run of its own (see
  // `digitRuns`): it is read from the run after it, so every run is looked at.
  const oneDigitFirst = spaceJoins && (firstLengths & 2) !== 0;
  if (oneDigitFirst) {
    for (let r = 0; r < runCount; r++) {
      const s = runStarts[r]!;
      if (s - 2 >= skipUntil && codeAt(text, s - 1) === SPACE && (classAt(classes, text, s - 2) & DIGIT) !== 0 && readFrom(s - 2, s - 1)) continue;
      if (s < skipUntil) continue;
      const length = runEnds[r]! - s;
      if (length > 30 || ((firstLengths >>> length) & 1) === 0) continue;
      readFrom(s, runEnds[r]!);
    }
    return;
  }
  // Otherwise only the runs some shape starts with, in text order: the lists of their lengths, merged.
  const { offsets, order } = runsByLength(runs);
  let lists = 0;
  for (let length = 1; length <= 30; length++) {
    if (((firstLengths >>> length) & 1) === 0 || offsets[length] === offsets[length + 1]) continue;
    cursors[lists * 2] = offsets[length]!;
    cursors[lists * 2 + 1] = offsets[length + 1]!;
    lists++;
  }
  for (;;) {
    let best = -1;
    let bestRun = runCount;
    for (let j = 0; j < lists; j++) {
      const at = cursors[j * 2]!;
      if (at < cursors[j * 2 + 1]! && order[at]! < bestRun) {
        best = j;
        bestRun = order[at]!;
      }
    }
    if (best < 0) return;
    cursors[best * 2]!++;
    const s = runStarts[bestRun]!;
    if (s >= skipUntil) readFrom(s, runEnds[bestRun]!);
  }
}
