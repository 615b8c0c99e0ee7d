import type { LogHealth } from './faults';
import { catchUpFullTextIndex } from './fts-index';
import type { SqliteDatabase } from './sqlite';

/** How long appends must pause before the gateway indexes what they wrote. */
const INDEX_AFTER_IDLE_MS = 250;
/** Under load that never pauses, indexing still runs this often, so no backlog builds up behind it. */
export const INDEX_MAX_WAIT_MS = 2000;
/**
 * Rows indexed per turn of the event loop (about 30 ms here): a backlog is indexed in slices between
 * requests. In one go, 100,000 events held the loop for seconds, long enough for every idle keep-alive
 * connection to time out and be reset under its client's next request.
 */
export const INDEX_SLICE_ROWS = 512;
/** How soon indexing is tried again after the disk refused it. */
const INDEX_RETRY_MS = 5000;
const WHERE = 'session log index';

/**
 * In the gateway, the full-text index catches up once appends have paused for a moment (and at least every
 * INDEX_MAX_WAIT_MS under load that never pauses), a slice per turn, so indexing never sits between a
 * request and its answer for long. Searches catch up by themselves in any case. A timer has no caller
 * to throw to, and an uncaught error there would end the whole gateway: failures go to the health check.
 */
export class IndexTimer {
  #timer: NodeJS.Timeout | undefined;
  /** When the pending run was first asked for: later appends postpone it, up to INDEX_MAX_WAIT_MS. */
  #waitingSince = 0;
  /** The pending run is the next slice of a backlog: appends do not postpone it. */
  #catchingUp = false;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly health: LogHealth,
    private readonly now: () => number = Date.now,
  ) {}

  schedule(delayMs = INDEX_AFTER_IDLE_MS): void {
    const now = this.now();
    if (this.#timer === undefined) this.#waitingSince = now;
    else if (this.#catchingUp || now - this.#waitingSince >= INDEX_MAX_WAIT_MS) return;
    this.#arm(delayMs);
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #arm(delayMs: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#run(), delayMs);
    this.#timer.unref();
  }

  #run(): void {
    this.#timer = undefined;
    this.#catchingUp = false;
    if (!this.db.open) return;
    try {
      // A full slice means more is waiting: the rest follows on the next turns, after pending requests.
      if (catchUpFullTextIndex(this.db, INDEX_SLICE_ROWS) >= INDEX_SLICE_ROWS) {
        this.#catchingUp = true;
        this.#arm(0);
      }
      this.health.backgroundSucceeded(WHERE);
    } catch (error) {
      this.health.backgroundFailed(error, WHERE);
      this.schedule(INDEX_RETRY_MS);
    }
  }
}
