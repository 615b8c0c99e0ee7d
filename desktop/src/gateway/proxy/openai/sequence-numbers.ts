/**
 * `sequence_number`s as the client sees them. The proxy inserts events of its own (held text sent as one more
 * delta); each takes the number after the last one sent, and every upstream number after it moves up by as
 * many, so the client still sees them strictly increase, as the Responses API promises.
 */
export class SequenceNumbers {
  #last = -1;
  #shift = 0;

  /** The number for an event the proxy inserts now. */
  inserted(): number {
    this.#shift++;
    return ++this.#last;
  }

  /** Renumbers an upstream event's payload in place; true when its number changed. */
  upstream(payload: Record<string, unknown>): boolean {
    const number = payload['sequence_number'];
    if (typeof number !== 'number') return false;
    this.#last = number + this.#shift;
    if (this.#shift === 0) return false;
    payload['sequence_number'] = this.#last;
    return true;
  }
}
