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
  /** Original spans of several characters that the view shows as one unit or drops (escape sequences). */
  units(): Span[];
}

const IDENTITY = 0;
const UNIT = 1;
const GAP = 2;

/**
 * Builds a view piece by piece, in original order: runs copied as they are, units replaced, gaps between
 * unrelated parts. The map is kept per piece, not per character, so a view of mostly unchanged text costs
 * little more than the text.
 */
export class ViewBuilder {
  #parts: string[] = [];
  #length = 0;
  /** Per piece: where it starts in the view, the original span it comes from, and its kind. */
  #viewStart: number[] = [];
  #from: number[] = [];
  #to: number[] = [];
  #kind: number[] = [];
  #units: Span[] = [];

  /** `source.slice(from, to)` unchanged. */
  copy(source: string, from: number, to: number): void {
    if (to <= from) return;
    const last = this.#kind.length - 1;
    if (last >= 0 && this.#kind[last] === IDENTITY && this.#to[last] === from) this.#to[last] = to;
    else this.#piece(IDENTITY, from, to);
    this.#parts.push(source.slice(from, to));
    this.#length += to - from;
  }

  /** `replacement` in place of the original `[from, to)`; an empty replacement drops it. */
  replace(from: number, to: number, replacement: string): void {
    if (to - from > 1) this.#units.push({ start: from, end: to });
    if (replacement.length === 0) return;
    this.#piece(UNIT, from, to);
    this.#parts.push(replacement);
    this.#length += replacement.length;
  }

  /** A separator that stands for nothing in the original: no span maps across it. */
  gap(separator: string): void {
    this.#piece(GAP, -1, -1);
    this.#parts.push(separator);
    this.#length += separator.length;
  }

  #piece(kind: number, from: number, to: number): void {
    this.#viewStart.push(this.#length);
    this.#from.push(from);
    this.#to.push(to);
    this.#kind.push(kind);
  }

  build(): TextView {
    return new PieceView(this.#parts.join(''), this.#viewStart, this.#from, this.#to, this.#kind, this.#units);
  }
}

class PieceView implements TextView {
  /** Per piece, how many gap pieces there are up to and including it. */
  readonly #gapsThrough: Int32Array;

  constructor(
    readonly text: string,
    private readonly viewStart: readonly number[],
    private readonly from: readonly number[],
    private readonly to: readonly number[],
    private readonly kind: readonly number[],
    private readonly unitSpans: readonly Span[],
  ) {
    this.#gapsThrough = new Int32Array(kind.length);
    let gaps = 0;
    kind.forEach((k, i) => {
      if (k === GAP) gaps++;
      this.#gapsThrough[i] = gaps;
    });
  }

  toOriginal(start: number, end: number): Span | undefined {
    if (start >= end || start < 0 || end > this.text.length) return undefined;
    const first = this.#pieceAt(start);
    const last = this.#pieceAt(end - 1);
    if (this.kind[first] === GAP || this.#gapsThrough[last] !== this.#gapsThrough[first]) return undefined;
    return {
      start: this.kind[first] === IDENTITY ? this.from[first]! + (start - this.viewStart[first]!) : this.from[first]!,
      end: this.kind[last] === IDENTITY ? this.from[last]! + (end - this.viewStart[last]!) : this.to[last]!,
    };
  }

  units(): Span[] {
    return [...this.unitSpans];
  }

  /** The last piece that starts at or before view offset `at`. */
  #pieceAt(at: number): number {
    let low = 0;
    let high = this.viewStart.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.viewStart[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}

/** `inner`, a view of `outer.text`, as a view of `outer`'s original. */
export function composeViews(outer: TextView, inner: TextView): TextView {
  return {
    text: inner.text,
    toOriginal(start, end) {
      const middle = inner.toOriginal(start, end);
      return middle === undefined ? undefined : outer.toOriginal(middle.start, middle.end);
    },
    units() {
      const units = outer.units();
      for (const unit of inner.units()) {
        const span = outer.toOriginal(unit.start, unit.end);
        if (span !== undefined) units.push(span);
      }
      return units;
    },
  };
}
