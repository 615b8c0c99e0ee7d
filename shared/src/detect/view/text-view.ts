import { keepShapeOf } from '../keep-shape';

/** A span of a text, `end` exclusive, in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/**
 * A text derived from another (escapes decoded, invisible characters removed, compatibility forms folded)
 * for detection to scan, with the way back: each span of `text` maps to the span of the original it came
 * from, so findings in the view can be reported, and redacted, in the original.
 */
export interface TextView {
  readonly text: string;
  /**
   * The original span behind `text.slice(start, end)`. A view character that stands for several original
   * ones (an escape sequence) maps to all of them, and invisible characters between mapped characters are
   * inside the span. Undefined when the span is empty or crosses the gap between two unrelated parts.
   */
  toOriginal(start: number, end: number): Span | undefined;
  /**
   * The original span of the escape sequence (or other unit of several characters the view shows as one
   * character or drops) that has original offset `offset` strictly inside it, if any: a finding must not
   * start or end there.
   */
  unitAround(offset: number): Span | undefined;
}

/** Unchanged runs shorter than this are gathered with replacements; longer ones are kept as slices. */
const SHORT_RUN = 32;
const SHORT_BUFFER = 4096;
/**
 * The short buffer starts this small and doubles up to SHORT_BUFFER: most views decode a few escapes, and a
 * buffer of SHORT_BUFFER made and zeroed for each was most of the cost of a view with one escape.
 */
const FIRST_SHORT = 64;

/** The longest unit a run of like units may have: `step` is kept in a byte. */
const MAX_UNIT_LENGTH = 255;

const IDENTITY = 0;
const UNIT = 1;
const DROPPED = 2;
const GAP = 3;

/** Piece arrays, grown by doubling: dense escapes make a piece every few characters. */
interface Pieces {
  count: number;
  /** Where each piece starts in the view; a dropped piece has no characters there. */
  viewStart: Int32Array;
  /** The original span each piece comes from; a gap's is empty, at the end of the piece before it. */
  from: Int32Array;
  to: Int32Array;
  kind: Uint8Array;
  /**
   * For a unit piece whose units each decode to one character: the original length of each unit (they all
   * have the same), so a run of like units next to each other (`\\\\\\`, a row of zero-width spaces) is
   * one piece, view character k standing for original `[from + k * step, from + (k + 1) * step)`. 0 for a
   * unit that decodes to several characters or to none, and for the other kinds. A unit is at most a dozen
   * characters (`\\uD83D\\uDE00`), so a byte holds it.
   */
  step: Uint8Array;
  /** The gap pieces, in order: no span maps across one. Few (one between two unrelated parts), so listed apart. */
  gaps: Int32Array;
  gapCount: number;
}

function grow(pieces: Pieces): void {
  const size = pieces.viewStart.length * 2;
  const copy = <T extends Int32Array | Uint8Array>(array: T, fresh: T): T => {
    fresh.set(array);
    return fresh;
  };
  pieces.viewStart = copy(pieces.viewStart, new Int32Array(size));
  pieces.from = copy(pieces.from, new Int32Array(size));
  pieces.to = copy(pieces.to, new Int32Array(size));
  pieces.kind = copy(pieces.kind, new Uint8Array(size));
  pieces.step = copy(pieces.step, new Uint8Array(size));
}

/**
 * Piece arrays of views that were released (`PieceView.release`), for the next views to fill. A text dense
 * with escapes makes views of hundreds of thousands of pieces, 14 bytes each, on every call: made anew,
 * their memory outside the JavaScript heap set off collections of the whole heap, some calls taking several
 * times as long as others. Every piece is written before it is read, so reused arrays need no clearing.
 */
const sparePieces: Pieces[] = [];
/** A detection makes at most three levels of views of a text and one view of its quote-only lines. */
const SPARE_MAX = 4;
/**
 * Pieces kept at most in all spare sets together (about 22 MB): the views of a megabyte dense with invisible
 * characters and those of one dense with escapes fit side by side, and what a larger text needed beyond it
 * serves only that text, so it is left to the collector rather than kept for good.
 */
const SPARE_PIECES_MAX = 3 << 19;
let sparePiecesHeld = 0;

/** Piece arrays for a new view: the smallest spare set that holds `expected`, or new ones. */
function takePieces(expected: number): Pieces {
  // A view foreseen larger than any set kept starts at that size and grows if it must, so a kept set serves it.
  const wanted = Math.min(expected, SPARE_PIECES_MAX);
  let best = -1;
  for (let k = 0; k < sparePieces.length; k++) {
    const size = sparePieces[k]!.viewStart.length;
    if (size >= wanted && (best === -1 || size < sparePieces[best]!.viewStart.length)) best = k;
  }
  if (best !== -1) {
    const spare = sparePieces[best]!;
    sparePieces[best] = sparePieces[sparePieces.length - 1]!;
    sparePieces.pop();
    sparePiecesHeld -= spare.viewStart.length;
    spare.count = 0;
    spare.gapCount = 0;
    return spare;
  }
  const size = Math.max(16, wanted);
  return {
    count: 0,
    viewStart: new Int32Array(size),
    from: new Int32Array(size),
    to: new Int32Array(size),
    kind: new Uint8Array(size),
    step: new Uint8Array(size),
    gaps: new Int32Array(16),
    gapCount: 0,
  };
}

/** Piece arrays no view reads any more, kept for the next views when within bounds. */
function giveBack(pieces: Pieces): void {
  const size = pieces.viewStart.length;
  if (sparePieces.length === SPARE_MAX || sparePiecesHeld + size > SPARE_PIECES_MAX) return;
  sparePieces.push(pieces);
  sparePiecesHeld += size;
}

/** Whether this machine stores a Uint16Array little-endian, as the `utf-16le` decoder reads it. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
// `ignoreBOM`: a byte order mark starting a run is text here, and dropping it would shift every offset after it.
const UTF16 = LITTLE_ENDIAN ? new TextDecoder('utf-16le', { ignoreBOM: true }) : undefined;

/**
 * The string of `units`. The decoder is several times faster than `String.fromCharCode.apply`, but turns a
 * lone surrogate into U+FFFD and would split a pair cut at the buffer's end: units holding any surrogate go
 * the slow way, unchanged. (`apply` takes any array-like; its declared type wants a `number[]`.)
 */
function fromCodeUnits(units: Uint16Array, hasSurrogate: boolean): string {
  if (UTF16 !== undefined && !hasSurrogate) return UTF16.decode(units);
  return String.fromCharCode.apply(null, units as unknown as number[]);
}

function isSurrogate(unit: number): boolean {
  return (unit & 0xf800) === 0xd800;
}

const isBreak = (c: number): boolean => c === 10 || c === 13 || c === 9;

/**
 * Builds a view piece by piece, in original order: runs copied as they are, units replaced or dropped, gaps
 * between unrelated parts. The map is kept per piece, not per character, so a view of mostly unchanged text
 * costs little more than the text.
 */
export class ViewBuilder {
  #parts: string[] = [];
  /**
   * Short runs and replacements, gathered as code units and turned into one string at a time: dense escapes
   * would otherwise leave hundreds of thousands of one-character parts to join.
   */
  #short = new Uint16Array(FIRST_SHORT);
  #shortLength = 0;
  /** The short buffer holds a surrogate: see `fromCodeUnits`. */
  #shortSurrogate = false;
  /** Original spans of the units that decode to a line break or tab, in order (see `PieceView.breakUnits`). */
  #breaks: Span[] = [];
  #length = 0;
  /** Where the last piece ended in the original. */
  #originalEnd = 0;
  #pieces: Pieces;

  /** `expectedPieces`: how many pieces the caller foresees, so a view of dense units is not regrown as it fills. */
  constructor(expectedPieces = 16) {
    this.#pieces = takePieces(expectedPieces);
  }

  /**
   * Original offsets where the view writes a separator the original does not hold there (`startLineAt`,
   * `closeQuoteAt`), ascending, what each writes, and the first of them not yet written.
   */
  #insertAt: number[] = [];
  #inserts: string[] = [];
  #nextInsert = 0;

  /**
   * Has the view start a line of its own at original offset `offset`: a gap holding a line feed, or a blank line
   * for a `paragraph`, written when the copy reaches it. After a blank line, what stands before it (the JSON
   * around a file) is no line of what follows, not even a table's header row; after a line feed it is the line
   * above. Offsets come in ascending order, none before what was written already.
   */
  startLineAt(offset: number, paragraph: boolean): void {
    this.#insertAt.push(offset);
    this.#inserts.push(paragraph ? '\n\n' : '\n');
  }

  /**
   * Has the view close a JSON string at original offset `offset` with a quote that stands for nothing in the
   * original: where a value one word long ends in a line break (`"password":"Xq7…\n"`, `"secret":"…\nrotated"`),
   * so it reads as the quoted value under its key it is, on its line, rather than a quote left open. Ascending
   * offsets, as for `startLineAt`.
   */
  closeQuoteAt(offset: number): void {
    this.#insertAt.push(offset);
    this.#inserts.push('"');
  }

  /** `source.slice(from, to)` unchanged. */
  copy(source: string, from: number, to: number): void {
    const at = this.#insertAt;
    while (this.#nextInsert < at.length) {
      const offset = at[this.#nextInsert]!;
      if (offset > to) break;
      const insert = this.#inserts[this.#nextInsert++]!;
      // An insert left behind (before this run) was in no run: nothing to write it in front of.
      if (offset < from) continue;
      this.#copyRun(source, from, offset);
      this.gap(insert);
      from = offset;
    }
    this.#copyRun(source, from, to);
  }

  #copyRun(source: string, from: number, to: number): void {
    if (to <= from) return;
    const pieces = this.#pieces;
    const last = pieces.count - 1;
    if (last >= 0 && pieces.kind[last] === IDENTITY && pieces.to[last] === from) pieces.to[last] = to;
    else this.#piece(IDENTITY, from, to);
    if (to - from < SHORT_RUN) {
      // Room made once for the whole run, then written without a check per character.
      if (this.#shortLength + (to - from) > this.#short.length) this.#makeRoom(to - from);
      const short = this.#short;
      let length = this.#shortLength;
      let surrogate = false;
      for (let i = from; i < to; i++) {
        const unit = source.charCodeAt(i);
        surrogate ||= isSurrogate(unit);
        short[length++] = unit;
      }
      this.#shortLength = length;
      if (surrogate) this.#shortSurrogate = true;
    } else {
      this.#flush();
      this.#parts.push(source.slice(from, to));
    }
    this.#length += to - from;
    this.#originalEnd = to;
  }

  /** `replacement` in place of the original `[from, to)`; an empty replacement drops it. */
  replace(from: number, to: number, replacement: string): void {
    if (replacement.length === 1) {
      this.repeat(from, to - from, 1, replacement.charCodeAt(0));
      return;
    }
    this.#piece(replacement.length === 0 ? DROPPED : UNIT, from, to);
    for (let i = 0; i < replacement.length; i++) this.#push(replacement.charCodeAt(i));
    this.#length += replacement.length;
    this.#originalEnd = to;
  }

  /**
   * `count` units of `unitLength` original characters each from `from` on, each decoding to the one code unit
   * `decoded`: what `replace` would make of them one by one, in one call.
   */
  repeat(from: number, unitLength: number, count: number, decoded: number): void {
    if (unitLength < 1 || unitLength > MAX_UNIT_LENGTH) throw new Error(`a unit of ${unitLength} characters is not one a view decodes`);
    const pieces = this.#pieces;
    const last = pieces.count - 1;
    const to = from + unitLength * count;
    if (last >= 0 && pieces.step[last] === unitLength && pieces.to[last] === from) {
      // More units like the ones before: the run grows instead of taking a piece of its own.
      pieces.to[last] = to;
    } else {
      this.#piece(UNIT, from, to);
      pieces.step[pieces.count - 1] = unitLength;
    }
    for (let i = 0; i < count; i++) this.#push(decoded);
    if (isBreak(decoded)) for (let i = 0; i < count; i++) this.#breaks.push({ start: from + i * unitLength, end: from + (i + 1) * unitLength });
    this.#length += count;
    this.#originalEnd = to;
  }

  /**
   * What goes between a line taken into the view, which ended at original offset `previousEnd` (-1 before the
   * first), and the next one taken, starting at `lineStart`: their line feed when they are neighbours, so they
   * stay one text, else a blank line that maps to nothing, so the two are unrelated.
   */
  betweenLines(source: string, previousEnd: number, lineStart: number): void {
    if (previousEnd < 0) return;
    if (lineStart === previousEnd + 1) this.copy(source, previousEnd, lineStart);
    else this.gap('\n\n');
  }

  /** A separator that stands for nothing in the original: no span maps across it. */
  gap(separator: string): void {
    this.#piece(GAP, this.#originalEnd, this.#originalEnd);
    for (let i = 0; i < separator.length; i++) this.#push(separator.charCodeAt(i));
    this.#length += separator.length;
  }

  #push(unit: number): void {
    if (this.#shortLength === this.#short.length) this.#makeRoom(1);
    if (isSurrogate(unit)) this.#shortSurrogate = true;
    this.#short[this.#shortLength++] = unit;
  }

  /** Room for `units` more in the short buffer (at most SHORT_RUN): grown while below SHORT_BUFFER, else flushed. */
  #makeRoom(units: number): void {
    const short = this.#short;
    if (short.length < SHORT_BUFFER) {
      const grown = new Uint16Array(Math.min(SHORT_BUFFER, Math.max(short.length * 2, this.#shortLength + units)));
      grown.set(short.subarray(0, this.#shortLength));
      this.#short = grown;
      if (this.#shortLength + units <= grown.length) return;
    }
    this.#flush();
  }

  #flush(): void {
    if (this.#shortLength === 0) return;
    this.#parts.push(fromCodeUnits(this.#short.subarray(0, this.#shortLength), this.#shortSurrogate));
    this.#shortLength = 0;
    this.#shortSurrogate = false;
  }

  #piece(kind: number, from: number, to: number): void {
    const pieces = this.#pieces;
    if (pieces.count === pieces.viewStart.length) grow(pieces);
    const i = pieces.count++;
    pieces.viewStart[i] = this.#length;
    pieces.from[i] = from;
    pieces.to[i] = to;
    pieces.kind[i] = kind;
    pieces.step[i] = 0;
    if (kind === GAP) {
      if (pieces.gapCount === pieces.gaps.length) {
        const grown = new Int32Array(pieces.gaps.length * 2);
        grown.set(pieces.gaps);
        pieces.gaps = grown;
      }
      pieces.gaps[pieces.gapCount++] = i;
    }
  }

  /** Gives the arrays back unused, for a view that is not made after all: the builder must not be used again. */
  discard(): void {
    giveBack(this.#pieces);
  }

  build(): PieceView {
    this.#flush();
    return new PieceView(this.#parts.join(''), this.#pieces, this.#breaks);
  }
}

/** The last index in `0..count-1` whose value in ascending `values` is at most `at` (0 when none is). */
function lastAtMost(values: Int32Array, count: number, at: number): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (values[middle]! <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Whether a gap piece lies after piece `first` and at or before piece `last`. */
function gapBetween(pieces: Readonly<Pieces>, first: number, last: number): boolean {
  const gaps = pieces.gaps;
  let low = 0;
  let high = pieces.gapCount;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (gaps[middle]! <= first) low = middle + 1;
    else high = middle;
  }
  return low < pieces.gapCount && gaps[low]! <= last;
}

export class PieceView implements TextView {
  #pieces: Pieces | undefined;

  constructor(
    readonly text: string,
    pieces: Pieces,
    /** `unitsDecodingTo(isBreak)`, recorded as the view was built. */
    private readonly breaks: readonly Span[],
  ) {
    this.#pieces = pieces;
  }

  /** The piece arrays, as long as the view is not released. */
  private get pieces(): Readonly<Pieces> {
    if (this.#pieces === undefined) throw new Error('a released text view was read');
    return this.#pieces;
  }

  /**
   * Gives the view's piece arrays to the views made after it: the view must not be read again (it then
   * throws), nor any view composed with it.
   */
  release(): void {
    if (this.#pieces !== undefined) giveBack(this.#pieces);
    this.#pieces = undefined;
  }

  /**
   * The original spans of the units that decode to a line feed, carriage return or tab, in order: what
   * `unitsDecodingTo` gives for them, without reading the view again.
   */
  breakUnits(): readonly Span[] {
    return this.breaks;
  }

  toOriginal(start: number, end: number): Span | undefined {
    const { viewStart, from, to, kind, step, count } = this.pieces;
    if (start >= end || start < 0 || end > this.text.length || count === 0) return undefined;
    // Among pieces that start at the same view offset (dropped ones, then the next), the last is the one
    // that holds the character.
    const first = lastAtMost(viewStart, count, start);
    const last = lastAtMost(viewStart, count, end - 1);
    if (kind[first] === GAP || gapBetween(this.pieces, first, last)) return undefined;
    // Per view character, an identity piece moves one original character and a run of units one unit.
    const firstStep = kind[first] === IDENTITY ? 1 : step[first]!;
    const lastStep = kind[last] === IDENTITY ? 1 : step[last]!;
    return {
      start: from[first]! + (start - viewStart[first]!) * firstStep,
      end: lastStep === 0 ? to[last]! : from[last]! + (end - viewStart[last]!) * lastStep,
    };
  }

  unitAround(offset: number): Span | undefined {
    const { from, to, kind, step, count } = this.pieces;
    if (count === 0) return undefined;
    const i = lastAtMost(from, count, offset);
    if (kind[i] === IDENTITY || kind[i] === GAP || !(from[i]! < offset && offset < to[i]!)) return undefined;
    if (step[i] === 0) return { start: from[i]!, end: to[i]! };
    // In a run, the unit holding `offset`; on a boundary between two units it is inside neither.
    const unitStart = offset - ((offset - from[i]!) % step[i]!);
    return unitStart === offset ? undefined : { start: unitStart, end: unitStart + step[i]! };
  }

  /** The original spans of the units that decode to one character `test` accepts, in order. */
  unitsDecodingTo(test: (decoded: number) => boolean): Span[] {
    const { viewStart, from, kind, step, count } = this.pieces;
    const spans: Span[] = [];
    for (let i = 0; i < count; i++) {
      // Only units that decode to one character have a step: each of them is one character of the view.
      if (kind[i] !== UNIT || step[i] === 0) continue;
      const decodedEnd = i + 1 < count ? viewStart[i + 1]! : this.text.length;
      for (let k = viewStart[i]!; k < decodedEnd; k++) {
        const start = from[i]! + (k - viewStart[i]!) * step[i]!;
        if (test(this.text.charCodeAt(k))) spans.push({ start, end: start + step[i]! });
      }
    }
    return spans;
  }

  /** The view offset where original offset `offset` falls, or -1 when the view does not hold it. */
  toView(offset: number): number {
    const { viewStart, from, to, kind, step, count } = this.pieces;
    if (count === 0) return -1;
    const i = lastAtMost(from, count, offset);
    if (kind[i] === GAP || offset < from[i]! || offset > to[i]!) return -1;
    if (kind[i] === IDENTITY) return viewStart[i]! + (offset - from[i]!);
    if (offset === from[i]!) return viewStart[i]!;
    // Inside a run, where one of its units starts.
    const into = offset - from[i]!;
    return step[i]! > 0 && offset < to[i]! && into % step[i]! === 0 ? viewStart[i]! + into / step[i]! : -1;
  }
}

/** `inner`, a view of `outer.text`, as a view of `outer`'s original. */
export function composeViews(outer: PieceView, inner: TextView): TextView {
  return {
    text: inner.text,
    toOriginal(start, end) {
      const middle = inner.toOriginal(start, end);
      return middle === undefined ? undefined : outer.toOriginal(middle.start, middle.end);
    },
    unitAround(offset) {
      const own = outer.unitAround(offset);
      if (own !== undefined) return own;
      const at = outer.toView(offset);
      const unit = at < 0 ? undefined : inner.unitAround(at);
      return unit === undefined ? undefined : outer.toOriginal(unit.start, unit.end);
    },
  };
}

/**
 * Keeps the shapes of the builders and views every call makes (see keep-shape.ts). The view is never released:
 * its pieces would take a place among the spare sets.
 */
keepShapeOf(keepShapeOf(new ViewBuilder(0)).build());
