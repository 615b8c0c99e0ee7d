import { Appender } from './append';
import { dataFile } from './data-dir';
import { LogClosedError } from './errors';
import { prepareEvent } from './event-input';
import { exportJsonl } from './export-jsonl';
import { migrate } from './migrations';
import { LogQueries } from './queries';
import { applyRetention } from './retention';
import { hasFullTextIndex, SESSION_LOG_MIGRATIONS } from './schema';
import { closeSqlite, openSqlite, type SqliteDatabase } from './sqlite';
import type {
  EventFilters,
  EventInput,
  EventKind,
  LogFilters,
  RetentionResult,
  SessionSummary,
  StoredEvent,
  VerdictCounts,
  VerifyResult,
} from './types';
import { loadValueHasher, type ValueHasher } from './value-hash';
import { verifyChain } from './verify';
import { startCheckpointer, type Checkpointer } from './checkpointer';
import { catchUpFullTextIndex } from './fts-index';

/** How long appends must pause before the gateway indexes what they wrote. */
const INDEX_AFTER_IDLE_MS = 250;

export interface SessionLogOptions {
  /** Ms since epoch; tests pass a frozen clock. */
  now?: () => number;
  /**
   * The long-running writer (the gateway) checkpoints from a worker thread instead of inside commits, so
   * no request pays for a checkpoint's fsync. Errors go to the callback. Short-lived readers omit it.
   */
  backgroundCheckpoints?: { onError: (message: string) => void };
}

/**
 * The gateway's record of every decision, in `<dataDir>/session-log.db`. Synchronous on purpose: an
 * `appendEvent` that returns has committed its event to the WAL, so the gateway answers the client only
 * after the decision is on disk. Several processes may open the same directory (gateway, CLI).
 */
export class SessionLog {
  private readonly appender: Appender;
  private readonly queries: LogQueries;
  private readonly now: () => number;
  private checkpointer: Checkpointer | undefined;
  private indexTimer: NodeJS.Timeout | undefined;
  private readonly hasFts: boolean;
  /** HMAC-SHA256 of a detected value under this installation's key; the only form a value may take in the log. */
  readonly hashValue: ValueHasher;

  private constructor(
    private readonly db: SqliteDatabase,
    hashValue: ValueHasher,
    options: SessionLogOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.hashValue = hashValue;
    this.appender = new Appender(db);
    this.hasFts = hasFullTextIndex(db);
    this.queries = new LogQueries(db, this.hasFts);
  }

  static open(dataDir: string, options: SessionLogOptions = {}): SessionLog {
    const hasher = loadValueHasher(dataDir);
    // WAL with synchronous = NORMAL: a commit has reached the WAL file through write() before
    // `appendEvent` returns, so a crashed or killed gateway (kill -9) keeps every answered event; only an
    // OS crash or power loss can cost the last moments. FULL would fsync every event (~4 ms each here),
    // which alone would exceed the latency budget of an inspection.
    const db = openSqlite(dataFile(dataDir, 'sessionLog'), { synchronous: 'NORMAL' });
    try {
      migrate(db, SESSION_LOG_MIGRATIONS, 'session log');
      const log = new SessionLog(db, hasher, options);
      if (options.backgroundCheckpoints) {
        db.pragma('wal_autocheckpoint = 0');
        log.checkpointer = startCheckpointer(dataFile(dataDir, 'sessionLog'), options.backgroundCheckpoints.onError);
      }
      return log;
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /** Validates, chains and durably stores one event. Same id and content again returns the stored event. */
  appendEvent(input: EventInput): StoredEvent {
    this.assertOpen();
    const stored = this.appender.append(prepareEvent(input, this.now()));
    this.scheduleIndexing();
    return stored;
  }

  /**
   * In the gateway, the full-text index catches up once appends have paused for a moment, so indexing
   * never sits between a request and its answer. Searches catch up by themselves in any case.
   */
  private scheduleIndexing(): void {
    if (!this.checkpointer || !this.hasFts) return;
    clearTimeout(this.indexTimer);
    this.indexTimer = setTimeout(() => {
      if (this.db.open) catchUpFullTextIndex(this.db);
    }, INDEX_AFTER_IDLE_MS);
    this.indexTimer.unref();
  }

  getSession(id: string): SessionSummary | null {
    this.assertOpen();
    return this.queries.getSession(id);
  }

  listSessions(filters: LogFilters = {}): { sessions: SessionSummary[]; total: number } {
    this.assertOpen();
    return this.queries.listSessions(filters);
  }

  sessionTimeline(sessionId: string): StoredEvent[] {
    this.assertOpen();
    return this.queries.sessionTimeline(sessionId);
  }

  searchEvents(filters: EventFilters = {}): StoredEvent[] {
    this.assertOpen();
    return this.queries.searchEvents(filters);
  }

  countsByVerdict(sinceMs: number, kind?: EventKind): VerdictCounts {
    this.assertOpen();
    return this.queries.countsByVerdict(sinceMs, kind);
  }

  verify(): VerifyResult {
    this.assertOpen();
    return verifyChain(this.db);
  }

  exportJsonl(since: number | undefined, write: (line: string) => void): number {
    this.assertOpen();
    return exportJsonl(this.db, since, write);
  }

  applyRetention(days: number, now: number = this.now()): RetentionResult {
    this.assertOpen();
    return applyRetention(this.db, days, now);
  }

  /** Checkpoints the WAL into the main file and closes. Safe to call twice. */
  close(): void {
    clearTimeout(this.indexTimer);
    this.checkpointer?.stop();
    this.checkpointer = undefined;
    closeSqlite(this.db);
  }

  private assertOpen(): void {
    if (!this.db.open) throw new LogClosedError();
  }
}
