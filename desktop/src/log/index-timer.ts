import type { LogHealth } from './faults';
import { catchUpFullTextIndex } from './fts-index';
import type { SqliteDatabase } from './sqlite';

/** How long appends must pause before the gateway indexes what they wrote. */
const INDEX_AFTER_IDLE_MS = 250;
/** How soon indexing is tried again after the disk refused it. */
const INDEX_RETRY_MS = 5000;
const WHERE = 'session log index';

/**
 * In the gateway, the full-text index catches up once appends have paused for a moment, so indexing never
 * sits between a request and its answer. Searches catch up by themselves in any case. A timer has no caller
 * to throw to, and an uncaught error there would end the whole gateway: failures go to the health check.
 */
export class IndexTimer {
  #timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly health: LogHealth,
  ) {}

  schedule(delayMs = INDEX_AFTER_IDLE_MS): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#run(), delayMs);
    this.#timer.unref();
  }

  stop(): void {
    clearTimeout(this.#timer);
  }

  #run(): void {
    if (!this.db.open) return;
    try {
      catchUpFullTextIndex(this.db);
      this.health.backgroundSucceeded(WHERE);
    } catch (error) {
      this.health.backgroundFailed(error, WHERE);
      this.schedule(INDEX_RETRY_MS);
    }
  }
}
