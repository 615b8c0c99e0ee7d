/** Most runs of ascending claims kept: one per claiming rule that runs in its own pass. */
const MAX_RUNS = 4;

/** Claims of one rule's pass: start, end pairs, starts ascending. */
class Run {
  spans = new Int32Array(64);
  count = 0;
  /** Index of the first pair whose start is not below the last start asked about. */
  next = 0;

  push(start: number, end: number): void {
    if (this.count === this.spans.length) {
      const grown = new Int32Array(this.spans.length * 2);
      grown.set(this.spans);
      this.spans = grown;
    }
    this.spans[this.count++] = start;
    this.spans[this.count++] = end;
  }

  has(start: number, end: number): boolean {
    const spans = this.spans;
    if (this.next > 0 && start < spans[this.next - 2]!) return false;
    while (this.next < this.count && spans[this.next]! < start) this.next += 2;
    return this.next < this.count && spans[this.next] === start && spans[this.next + 1] === end;
  }
}

/**
 * Spans reported during one `detect` call by rules whose findings outrank a password assignment's
 * (`Rule.claimsSpans`), so the password-assignment rule, which runs after them, skips judging a value the
 * merge would drop its finding for anyway. A connection-string password is also a password assignment: in a
 * text that is a connection string a line, both rules judged every value. Offsets only, never the text, and
 * forgotten when the next call starts.
 */
export class SpanClaims {
  readonly #runs: Run[] = [];
  #used = 0;

  clear(): void {
    for (let r = 0; r < this.#used; r++) {
      this.#runs[r]!.count = 0;
      this.#runs[r]!.next = 0;
    }
    this.#used = 0;
  }

  /**
   * Claims `[start, end)`. Each rule claims in text order; a claim before the last one starts a new run, and
   * one that would need more runs than `MAX_RUNS` is dropped: a missed claim only costs time.
   */
  claim(start: number, end: number): void {
    let run = this.#used === 0 ? undefined : this.#runs[this.#used - 1]!;
    if (run === undefined || (run.count > 0 && start <= run.spans[run.count - 2]!)) {
      if (this.#used === MAX_RUNS) return;
      run = this.#runs[this.#used] ??= new Run();
      this.#used++;
    }
    run.push(start, end);
  }

  /**
   * Whether exactly `[start, end)` was claimed. Asked in ascending order of start, each call steps forward
   * from the last; a question about an earlier start is answered "no" rather than searched for.
   */
  claimed(start: number, end: number): boolean {
    for (let r = 0; r < this.#used; r++) if (this.#runs[r]!.has(start, end)) return true;
    return false;
  }
}
