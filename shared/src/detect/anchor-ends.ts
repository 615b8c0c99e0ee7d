import type { OffsetBuffer } from './offset-buffer';

/**
 * Where each recorded anchor ends in the text, kept per anchor in text order and filled during the scanner's
 * single pass. The storage is reused between calls and only grows, so a text dense with anchors (`://://…`,
 * `a@a@…`) costs a store per occurrence and no garbage.
 */
export class AnchorEnds {
  readonly #ends: Array<Int32Array | undefined>;
  readonly #counts: Uint32Array;
  /** Anchors with at least one occurrence in this call, so a reset touches only them. */
  readonly #present: number[] = [];

  constructor(anchorCount: number) {
    this.#ends = new Array<Int32Array | undefined>(anchorCount).fill(undefined);
    this.#counts = new Uint32Array(anchorCount);
  }

  reset(): void {
    for (const id of this.#present) this.#counts[id] = 0;
    this.#present.length = 0;
  }

  push(id: number, end: number): void {
    const count = this.#counts[id]!;
    let ends = this.#ends[id];
    if (ends === undefined || count === ends.length) {
      const grown = new Int32Array(Math.max(16, count * 2));
      if (ends !== undefined) grown.set(ends);
      this.#ends[id] = ends = grown;
    }
    if (count === 0) this.#present.push(id);
    ends[count] = end;
    this.#counts[id] = count + 1;
  }

  count(id: number): number {
    return this.#counts[id]!;
  }

  /** The ends of anchor `id`; only the first `count(id)` entries are meaningful. */
  endsOf(id: number): Int32Array {
    return this.#ends[id] ?? new Int32Array(0);
  }

  /** The (end, id) pairs of these anchors' occurrences in text order (by end), written into `out`. */
  pairsOf(ids: readonly number[], out: OffsetBuffer): OffsetBuffer {
    out.clear();
    const present = ids.filter((id) => this.#counts[id]! > 0);
    if (present.length === 1) {
      const id = present[0]!;
      const ends = this.#ends[id]!;
      for (let k = 0, n = this.#counts[id]!; k < n; k++) {
        out.push(ends[k]!);
        out.push(id);
      }
      return out;
    }
    // Several of a rule's anchors occur (rare): merge their lists, each already in text order.
    const next = present.map(() => 0);
    for (;;) {
      let pick = -1;
      for (let p = 0; p < present.length; p++) {
        const id = present[p]!;
        if (next[p]! >= this.#counts[id]!) continue;
        if (pick === -1 || this.#ends[id]![next[p]!]! < this.#ends[present[pick]!]![next[pick]!]!) pick = p;
      }
      if (pick === -1) return out;
      const id = present[pick]!;
      out.push(this.#ends[id]![next[pick]!]!);
      out.push(id);
      next[pick] = next[pick]! + 1;
    }
  }
}

/**
 * Sorts the first `count` offsets in place, drops repeats, and returns how many are left. For starts merged by
 * their ends: anchors of different lengths put a start out of order only by less than the longest anchor, so
 * an insertion sort moves each one a bounded way and stays linear.
 */
export function sortedDistinct(offsets: Int32Array, count: number): number {
  for (let i = 1; i < count; i++) {
    const value = offsets[i]!;
    let j = i - 1;
    while (j >= 0 && offsets[j]! > value) {
      offsets[j + 1] = offsets[j]!;
      j--;
    }
    offsets[j + 1] = value;
  }
  let kept = 0;
  for (let i = 0; i < count; i++) if (kept === 0 || offsets[i] !== offsets[kept - 1]) offsets[kept++] = offsets[i]!;
  return kept;
}
