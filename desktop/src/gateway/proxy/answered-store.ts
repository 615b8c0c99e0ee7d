import type { Recorder } from '../recorder';

/** Shortest time between two stores at answers: a smaller batch costs a database commit of its own. */
export const STORE_EVERY_MS = 5;

/**
 * When the session log's journaled events go into the database: right after a call is answered, so that work
 * runs while the client reads its answer instead of in the middle of another call, and at most every
 * `STORE_EVERY_MS`, so that a busy gateway still commits many events at once. Whatever waits when no call is
 * answered in time is stored by the log's own batch timer.
 */
export class AnsweredStore {
  #last = -Infinity;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** A call was answered (its events are durable in the journal). */
  answered(recorder: Pick<Recorder, 'storeJournaled'>, onError: (error: unknown) => void): void {
    const now = this.now();
    if (now - this.#last < STORE_EVERY_MS) return;
    this.#last = now;
    setImmediate(() => {
      // The log's own failure (its events stay journaled and are retried): reported, never thrown.
      try {
        recorder.storeJournaled();
      } catch (error) {
        onError(error);
      }
    });
  }
}
