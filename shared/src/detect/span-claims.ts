/**
 * Spans an earlier rule reported during one `detect` call, so a later rule whose finding on the very same span
 * would be outranked by it (and dropped by the merge) skips judging the value. A connection-string password
 * is also a password assignment: in a text that is one connection string a line, both rules judged every
 * value. Offsets only, never the text, and forgotten when the next call starts.
 */
export class SpanClaims {
  /** start, end pairs, starts ascending. */
  #spans = new Int32Array(64);
  #count = 0;
  /** Index of the first pair whose start is not below the last start asked about. */
  #next = 0;

  clear(): void {
    this.#count = 0;
    this.#next = 0;
  }

  /** Claims `[start, end)`. A claim out of start order is dropped: a missed claim only costs time. */
  claim(start: number, end: number): void {
    if (this.#count > 0 && start <= this.#spans[this.#count - 2]!) return;
    if (this.#count === this.#spans.length) {
      const grown = new Int32Array(this.#spans.length * 2);
      grown.set(this.#spans);
      this.#spans = grown;
    }
    this.#spans[this.#count++] = start;
    this.#spans[this.#count++] = end;
  }

  /**
   * Whether exactly `[start, end)` was claimed. Asked in ascending order of start, each call steps forward
   * from the last; a question about an earlier start is answered "no" rather than searched for.
   */
  claimed(start: number, end: number): boolean {
    const spans = this.#spans;
    if (this.#next > 0 && start < spans[this.#next - 2]!) return false;
    while (this.#next < this.#count && spans[this.#next]! < start) this.#next += 2;
    return this.#next < this.#count && spans[this.#next] === start && spans[this.#next + 1] === end;
  }
}
