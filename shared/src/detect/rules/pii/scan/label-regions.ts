import { mayStartLabel, type Labels } from './label';
import { sqlReachAfter } from './sql';
import { lineStartOf, tableEndBelow } from './table';

/**
 * How far after the start of a label's anchor a value it labels on the same line (48 characters of window)
 * or on the next one (a label line of up to 64 characters, the value within 16 of its line start) may start.
 */
const NEAR_REACH = 96;

/**
 * Where values a label set can name may start, as ascending disjoint spans `[start, end]`, from where the set's
 * anchors occur: shortly after each, in the column an `INSERT` after it fills, and in the table below a header
 * that holds one. Every value `labelled` accepts for the set starts in one of them, so a rule that needs a
 * label looks at nothing else: on a long text with a few labels, most numbers are never read.
 */
export class LabelRegions {
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];

  /**
   * With `set`, anchors that cannot be part of one of its labels (`mayStartLabel`) make no region. `reachBefore`:
   * how far before an anchor a value it labels from after may start (`labelledAfter`), 0 for rules that read
   * labels before values only.
   */
  constructor(text: string, anchorStarts: ArrayLike<number>, set?: Labels, reachBefore = 0) {
    /** Where the last table read ends: anchors inside it need not read it again. */
    let tableEnd = -1;
    /** The line whose table below was last asked for, and the answer: it depends on the line only. */
    let belowLine = -1;
    let below = -1;
    for (let k = 0; k < anchorStarts.length; k++) {
      const at = anchorStarts[k]!;
      if (set !== undefined && !mayStartLabel(text, at, set)) continue;
      // From the text's line starts, shared by every rule: each rule walking the line feeds to its last anchor
      // was a fifth of the time on a megabyte of prose once a dozen rules needed labels.
      const lineStart = lineStartOf(text, at);
      let start = Math.max(lineStart, at - reachBefore);
      let end = at + NEAR_REACH;
      const sqlReach = sqlReachAfter(text, at);
      if (sqlReach > 0) end = Math.max(end, at + sqlReach);
      if (at <= tableEnd) {
        start = lineStart;
        end = Math.max(end, tableEnd);
      } else {
        if (belowLine !== lineStart) {
          below = tableEndBelow(text, at);
          belowLine = lineStart;
        }
        if (below !== -1) {
          tableEnd = below;
          start = lineStart;
          end = Math.max(end, below);
        }
      }
      this.#add(start, end);
    }
  }

  #add(start: number, end: number): void {
    const last = this.#ends.length - 1;
    if (last >= 0 && start <= this.#ends[last]! + 1) {
      this.#ends[last] = Math.max(this.#ends[last]!, end);
      return;
    }
    this.#starts.push(start);
    this.#ends.push(end);
  }

  /** Whether a value starting at `pos` may be labelled. */
  covers(pos: number): boolean {
    const span = this.#spanFrom(pos);
    return span < this.#ends.length && this.#starts[span]! <= pos;
  }

  /** The first offset at or after `pos` that a span covers, or -1 when none does. */
  nextCovered(pos: number): number {
    const span = this.#spanFrom(pos);
    return span === this.#ends.length ? -1 : Math.max(pos, this.#starts[span]!);
  }

  /** Whether every span of these regions lies inside one of `other`'s widened by `slack` on both sides. */
  within(other: LabelRegions, slack: number): boolean {
    for (let k = 0; k < this.#starts.length; k++) {
      const span = other.#spanFrom(this.#starts[k]! - slack);
      if (span === other.#ends.length || other.#starts[span]! - slack > this.#starts[k]! || other.#ends[span]! + slack < this.#ends[k]!) return false;
    }
    return true;
  }

  /** The first span that ends at or after `pos`: by binary search, so lookups may come in any order. */
  #spanFrom(pos: number): number {
    let low = 0;
    let high = this.#ends.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.#ends[middle]! < pos) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
