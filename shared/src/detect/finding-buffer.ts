import type { RuleAcceptance } from './finding';
import { outranksBy } from './merge';
import type { Finding } from './types';

/** Above this many sorted runs the findings are in no useful order, and the built-in sort takes them. */
const MAX_RUNS = 64;

/**
 * The findings of one engine call as columns (rule, start, end, confidence) in storage reused from call to
 * call, sorted and merged there, and made into `Finding` objects only for what the merge keeps.
 *
 * Why columns: a finding object kept alive through the rest of a long call is copied by every young-generation
 * collection until it is promoted, and the array holding tens of thousands of them is rescanned each time; on
 * a megabyte dense with findings (a connection string a line) that cost more than judging the values. The
 * merge is `mergeFindings`'s, by the same order (`outranksBy`).
 */
export class FindingBuffer {
  #rules: RuleAcceptance[] = [];
  #starts = new Int32Array(64);
  #ends = new Int32Array(64);
  #confidences = new Float64Array(64);
  #count = 0;
  /** Entry numbers in sorted order, and the scratch array their runs are merged through. */
  #order = new Int32Array(64);
  #scratch = new Int32Array(64);

  get count(): number {
    return this.#count;
  }

  clear(): void {
    // The rules stay referenced until overwritten: they live as long as the engine anyway.
    this.#count = 0;
  }

  /** Records `rule`'s finding over `[start, end)`, with the rule's confidence unless `confidence` is given. */
  push(rule: RuleAcceptance, start: number, end: number, confidence?: number): void {
    if (this.#count === this.#starts.length) this.#grow();
    const i = this.#count++;
    this.#rules[i] = rule;
    this.#starts[i] = start;
    this.#ends[i] = end;
    this.#confidences[i] = confidence ?? rule.confidence;
  }

  #grow(): void {
    const size = this.#starts.length * 2;
    const starts = new Int32Array(size);
    starts.set(this.#starts);
    this.#starts = starts;
    const ends = new Int32Array(size);
    ends.set(this.#ends);
    this.#ends = ends;
    const confidences = new Float64Array(size);
    confidences.set(this.#confidences);
    this.#confidences = confidences;
    this.#order = new Int32Array(size);
    this.#scratch = new Int32Array(size);
  }

  /**
   * The findings sorted by start (longest first at one start, then in the order recorded), overlaps resolved
   * as `mergeFindings` resolves them: where two overlap the one that outranks the other stays, over the span of
   * both when the other is of the same category and severity.
   */
  merged(): Finding[] {
    const n = this.#count;
    const out: Finding[] = [];
    if (n === 0) return out;
    const order = this.#sorted();
    const starts = this.#starts;
    const ends = this.#ends;
    const confidences = this.#confidences;
    const rules = this.#rules;
    // The kept entry so far, with its span (which may have grown over the entries it outranked).
    let kept = order[0]!;
    let keptStart = starts[kept]!;
    let keptEnd = ends[kept]!;
    for (let k = 1; k < n; k++) {
      const i = order[k]!;
      const start = starts[i]!;
      const end = ends[i]!;
      if (start >= keptEnd) {
        out.push(rules[kept]!.finding(keptStart, keptEnd, confidences[kept]));
        kept = i;
        keptStart = start;
        keptEnd = end;
        continue;
      }
      // The span compared is the kept finding's span as it stands, as `mergeFindings` compares the kept copy.
      const keptRule = rules[kept]!;
      const rule = rules[i]!;
      const wins = outranksBy(
        rule.categoryRank,
        rule.severityRank,
        confidences[i]!,
        end - start,
        keptRule.categoryRank,
        keptRule.severityRank,
        confidences[kept]!,
        keptEnd - keptStart,
      );
      // The loser says as much as the winner (the same category and severity): either way round, the same test.
      if (rule.categoryRank === keptRule.categoryRank && rule.severityRank === keptRule.severityRank) {
        keptEnd = Math.max(keptEnd, end);
      } else if (wins) {
        keptStart = start;
        keptEnd = end;
      }
      if (wins) kept = i;
    }
    out.push(rules[kept]!.finding(keptStart, keptEnd, confidences[kept]));
    return out;
  }

  /** Entry numbers sorted by start, longer first at one start, recording order kept among equals. */
  #sorted(): Int32Array {
    const n = this.#count;
    const starts = this.#starts;
    const ends = this.#ends;
    let from = this.#order;
    let to = this.#scratch;
    // Each rule records in text order: the entries are a few sorted runs, merged two by two.
    let bounds = [0];
    for (let i = 0; i < n; i++) {
      from[i] = i;
      if (i > 0 && (starts[i]! < starts[i - 1]! || (starts[i] === starts[i - 1] && ends[i]! > ends[i - 1]!))) bounds.push(i);
    }
    if (bounds.length > MAX_RUNS) {
      return from.subarray(0, n).sort((a, b) => starts[a]! - starts[b]! || ends[b]! - ends[a]! || a - b);
    }
    bounds.push(n);
    while (bounds.length > 2) {
      let k = 0;
      for (; k + 2 < bounds.length; k += 2) mergeRuns(starts, ends, from, to, bounds[k]!, bounds[k + 1]!, bounds[k + 2]!);
      for (let i = bounds[k]!; i < n; i++) to[i] = from[i]!;
      const merged = bounds.filter((_, j) => j % 2 === 0);
      if (merged[merged.length - 1] !== n) merged.push(n);
      bounds = merged;
      [from, to] = [to, from];
    }
    return from;
  }
}

/** Merges the sorted runs `from[start, middle)` and `from[middle, end)` into `to[start, end)`, left first on ties. */
function mergeRuns(starts: Int32Array, ends: Int32Array, from: Int32Array, to: Int32Array, start: number, middle: number, end: number): void {
  let i = start;
  let j = middle;
  let k = start;
  while (i < middle && j < end) {
    const a = from[i]!;
    const b = from[j]!;
    // `b` goes first only when it strictly precedes `a`: an earlier start, or the same start and a later end.
    const bFirst = starts[b]! < starts[a]! || (starts[b] === starts[a] && ends[b]! > ends[a]!);
    if (bFirst) {
      to[k++] = b;
      j++;
    } else {
      to[k++] = a;
      i++;
    }
  }
  while (i < middle) to[k++] = from[i++]!;
  while (j < end) to[k++] = from[j++]!;
}
