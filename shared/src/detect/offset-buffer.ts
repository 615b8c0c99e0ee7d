/**
 * Offsets appended in order into storage that is reused from call to call and only grows. A plain array
 * emptied with `length = 0` gives its storage back, so a text dense with what is recorded (a line of
 * invisible characters) regrew and copied it on every call.
 */
export class OffsetBuffer {
  #values = new Int32Array(64);
  #count = 0;

  get count(): number {
    return this.#count;
  }

  clear(): void {
    this.#count = 0;
  }

  push(offset: number): void {
    if (this.#count === this.#values.length) {
      const grown = new Int32Array(this.#values.length * 2);
      grown.set(this.#values);
      this.#values = grown;
    }
    this.#values[this.#count++] = offset;
  }

  /** The offsets pushed since the last `clear`; valid until the next push or clear. */
  view(): Int32Array {
    return this.#values.subarray(0, this.#count);
  }
}
