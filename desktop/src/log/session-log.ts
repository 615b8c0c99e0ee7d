import { Appender } from './append';
import { dataFile } from './data-dir';
import { LogClosedError, SessionLogError, type LogUnavailableError } from './errors';
import { prepareEvent, type PreparedEvent } from './event-input';
import { exportJsonl } from './export-jsonl';
import { LogHealth } from './faults';
import { migrate } from './migrations';
import { LogQueries } from './queries';
import { applyRetention } from './retention';
import { hasFullTextIndex, SESSION_LOG_MIGRATIONS } from './schema';
import { closeSqlite, openSqlite, type SqliteDatabase } from './sqlite';
import type { EventFilters, EventInput, EventKind, LogFilters, RetentionResult, SessionSummary, StoredEvent, VerdictCounts, VerifyResult } from './types';
import { loadValueHasher, type ValueHasher } from './value-hash';
import { verifyChain } from './verify';
import { countWarnOutcomes, type WarnOutcomes } from './warn-outcomes';
import { startCheckpointer, type Checkpointer } from './checkpointer';
import { IndexTimer } from './index-timer';
import { ReplayedEvents } from './replayed-events';
import { JournalBatches } from './journal-batches';
import { StoreThread } from './store-thread';
import { ClockStepDetector } from './clock-steps';
import { openOrSetAside, type SetAside } from './damaged-file';
import { recoveryNotice } from './recovery-notice';

/** How often retention runs in a long-running gateway, besides once at start. */
export const RETENTION_INTERVAL_MS = 60 * 60 * 1000;

export interface SessionLogOptions {
  /** Ms since epoch; tests pass a frozen clock. */
  now?: () => number;
  /**
   * The long-running writer (the gateway) checkpoints from a worker thread instead of inside commits, so
   * no request pays for a checkpoint's fsync. Errors go to the callback. Short-lived readers omit it.
   */
  backgroundCheckpoints?: {
    onError: (message: string) => void;
    /** WAL size past which the worker empties it (default `WAL_RESTART_BYTES`; tests pass a small one). */
    walRestartBytes?: number;
  };
  /**
   * The gateway: `journalEvent` is available, and what an earlier run journaled but did not store is
   * stored at open. Only the one process that owns the data directory may set it.
   */
  journal?: boolean;
  /**
   * The gateway: a database file SQLite cannot read is moved aside (kept, named with the time) and a new log
   * starts, whose first event records what happened. Only the process that owns the data directory may set
   * it; without it, a damaged file is an error.
   */
  recoverDamaged?: boolean;
  /**
   * Journaled events go into the database on a worker thread with a connection of its own, so their chain,
   * inserts and full-text indexing cost the thread that answers requests nothing (default: on when both
   * `journal` and `backgroundCheckpoints` are set, as in the gateway). `pragmas` is a test hook, run on the
   * thread's connection when it opens.
   */
  storeThread?: boolean | { pragmas: readonly string[] };
  /** Failures of journaled events on their way into the database, which have no caller left to throw to. */
  onJournalError?: (error: unknown) => void;
  /**
   * Failures no caller waits for (indexing, retention, a full disk beginning and ending, a damaged file set
   * aside). Default: stderr.
   */
  onError?: (error: unknown, where: string) => void;
}

/**
 * The gateway's record of every decision, in `<dataDir>/session-log.db`. Synchronous on purpose: an
 * `appendEvent` that returns has committed its event to the WAL, and a `journalEvent` that returns has
 * written it to the journal, so the gateway answers the client only after the decision is on disk.
 * Several processes may open the same directory (gateway, CLI); only the gateway owns the journal.
 * When the disk is full, writes throw `LogUnavailableError` and nothing else breaks: reads go on, timers
 * retry, and the first write that gets in ends the outage.
 */
export class SessionLog {
  private readonly appender: Appender;
  private readonly queries: LogQueries;
  private readonly now: () => number;
  private checkpointer: Checkpointer | undefined;
  private indexTimer: IndexTimer | undefined;
  private retentionTimer: NodeJS.Timeout | undefined;
  private readonly hasFts: boolean;
  private journal: JournalBatches | undefined;
  private storeThread: StoreThread | undefined;
  private readonly replayed: ReplayedEvents;
  private readonly onJournalError: (error: unknown) => void;
  private readonly onError: (error: unknown, where: string) => void;
  private readonly clock: ClockStepDetector;
  private readonly health: LogHealth;
  /** HMAC-SHA256 of a detected value under this installation's key; the only form a value may take in the log. */
  readonly hashValue: ValueHasher;

  private constructor(
    private readonly db: SqliteDatabase,
    hashValue: ValueHasher,
    options: SessionLogOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.onError = options.onError ?? ((error, where) => console.error(`promptgate ${where}:`, error instanceof Error ? error.message : error));
    this.onJournalError = options.onJournalError ?? ((error) => console.error('promptgate session log: a journaled event did not reach the database:', error));
    this.health = new LogHealth(this.onError);
    this.replayed = new ReplayedEvents(this.onJournalError);
    this.hashValue = hashValue;
    this.appender = new Appender(db);
    this.hasFts = hasFullTextIndex(db);
    this.queries = new LogQueries(db, this.hasFts);
    this.clock = new ClockStepDetector(db.prepare<[], number>('SELECT at FROM events ORDER BY seq DESC LIMIT 1').pluck().get());
  }

  static open(dataDir: string, options: SessionLogOptions = {}): SessionLog {
    const hasher = loadValueHasher(dataDir);
    // WAL with synchronous = NORMAL: a commit has reached the WAL file through write() before
    // `appendEvent` returns, so a crashed or killed gateway (kill -9) keeps every answered event; only an
    // OS crash or power loss can cost the last moments. FULL would fsync every event (~4 ms each here),
    // which alone would exceed the latency budget of an inspection.
    const file = dataFile(dataDir, 'sessionLog');
    const open = (): SqliteDatabase => {
      const db = openSqlite(file, { synchronous: 'NORMAL' });
      try {
        migrate(db, SESSION_LOG_MIGRATIONS, 'session log');
      } catch (error) {
        db.close();
        throw error;
      }
      return db;
    };
    const { db, setAside } = options.recoverDamaged ? openOrSetAside(file, open, options.now ?? Date.now) : { db: open(), setAside: undefined };
    try {
      const log = new SessionLog(db, hasher, options);
      if (setAside) log.recordSetAside(setAside);
      if (options.journal) {
        log.openJournal(dataFile(dataDir, 'sessionLogJournal'));
        const storeThread = options.storeThread ?? options.backgroundCheckpoints !== undefined;
        if (storeThread) log.startStoreThread(file, storeThread === true ? [] : storeThread.pragmas);
      }
      if (options.backgroundCheckpoints) {
        const { onError: onCheckpointError, walRestartBytes } = options.backgroundCheckpoints;
        db.pragma('wal_autocheckpoint = 0');
        // With a store thread, the thread indexes what it stores and what it is told of.
        if (log.hasFts && !log.storeThread) log.indexTimer = new IndexTimer(db, log.health);
        // A checkpoint fails every second while the disk is full: that is one fault, reported once.
        log.checkpointer = startCheckpointer(
          file,
          (message) => {
            if (/disk is full|SQLITE_FULL/i.test(message)) log.health.backgroundFailed(Object.assign(new Error(message), { code: 'SQLITE_FULL' }), 'session log checkpoint');
            else onCheckpointError(message);
          },
          walRestartBytes === undefined ? {} : { restartBytes: walRestartBytes },
        );
      }
      return log;
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /** Why the log refuses events right now (a full disk), or undefined when it takes them. */
  get fault(): LogUnavailableError | undefined {
    return this.health.fault;
  }

  /**
   * Validates, chains and durably stores one event. Same id and content again returns the stored event.
   * Journaled events waiting for their batch go in first, so the chain keeps the order in which events were
   * handed over. Throws `LogUnavailableError` when the disk is full.
   */
  appendEvent(input: EventInput): StoredEvent {
    this.assertOpen();
    const event = this.prepare(input);
    this.flushJournal();
    const stored = this.store(event);
    this.scheduleIndexing();
    return stored;
  }

  /**
   * Durable on return, like `appendEvent`, but for the price of one write to the journal: the event goes
   * into the hash-chained database with the next batch (after `JOURNAL_BATCH_MS`, at `JOURNAL_BATCH_EVENTS`
   * events, before the next `appendEvent`, before any read of this log, and on close), one commit for the
   * whole batch. Validated now: a bad event throws here. Returns the event's id; `onStored` runs once the
   * event is in the database. Needs a log opened with `journal`. While the log is at fault (a full disk),
   * the event goes straight to the database instead, so the first one that gets in ends the outage and
   * the journal does not grow behind a database that cannot take it.
   */
  journalEvent(input: EventInput, onStored?: (stored: StoredEvent) => void): string {
    this.assertOpen();
    if (!this.journal) throw new Error('journalEvent needs a session log opened with { journal: true }');
    const event = this.prepare(input);
    if (this.health.fault) {
      this.flushJournal();
      const stored = this.store(event);
      try {
        onStored?.(stored);
      } catch (error) {
        this.onJournalError(error);
      }
      return stored.id;
    }
    try {
      this.journal.add(event, onStored);
    } catch (error) {
      throw this.health.failed(error, 'session log journal');
    }
    return event.id;
  }

  private prepare(input: EventInput): PreparedEvent {
    const now = this.now();
    return prepareEvent(this.clock.stamp(input, now), now);
  }

  private store(event: PreparedEvent): StoredEvent {
    try {
      const stored = this.appender.append(event);
      this.health.succeeded();
      return stored;
    } catch (error) {
      throw this.health.failed(error, 'session log');
    }
  }

  /**
   * Stores the journaled events in the database now. An event the log refuses (its id taken by other
   * content) is reported to `onJournalError` and dropped; when the database itself fails (busy, disk), the
   * events stay journaled and the batch is tried again.
   */
  flushJournal(): void {
    this.journal?.flush();
  }

  /**
   * For a caller that has just answered: the journaled events go into the database now, so that work runs
   * while its client reads the answer rather than in the middle of another call. With a store thread, they
   * go with its next batch (every read of this log hands them over and waits for them first).
   */
  storeJournaledAfterAnswer(): void {
    this.journal?.storeSoon();
  }

  /**
   * Events an earlier run journaled but had not stored go into the database at open, before whoever forwards
   * stored events (the org outbox) is listening. This hands those over now, and any the database could not
   * take at open (a full disk) once they are in.
   */
  forwardReplayed(listener: (stored: StoredEvent) => void): void {
    this.replayed.forwardTo(listener);
  }

  private openJournal(file: string): void {
    this.journal = JournalBatches.open(
      file,
      {
        appender: this.appender,
        health: this.health,
        isOpen: () => this.db.open,
        onJournalError: this.onJournalError,
        onError: this.onError,
        afterStored: () => this.scheduleIndexing(),
      },
      (stored) => this.replayed.stored(stored),
    );
  }

  private startStoreThread(file: string, pragmas: readonly string[]): void {
    this.storeThread = StoreThread.start(file, pragmas);
    this.journal!.storeOn(this.storeThread);
  }

  /** The first event of a new log says that, and why, the old file was set aside. */
  private recordSetAside(setAside: SetAside): void {
    this.onError(new SessionLogError('damaged_log_set_aside', setAside.problem), 'session log');
    this.store(this.prepare(recoveryNotice(setAside)));
  }

  /** In the gateway only (see `IndexTimer`): a short-lived reader's searches catch up by themselves. */
  private scheduleIndexing(): void {
    if (this.indexTimer) this.indexTimer.schedule();
    else if (this.hasFts) this.storeThread?.scheduleIndexing();
  }

  /**
   * Applies the policy's retention now and then every `intervalMs` (the gateway). `days` is read at each
   * pass, so a new policy applies from the next one. A pass that fails is reported and tried at the next.
   */
  startRetention(days: () => number, intervalMs = RETENTION_INTERVAL_MS): void {
    this.assertOpen();
    clearInterval(this.retentionTimer);
    const pass = (): void => {
      if (!this.db.open) return;
      try {
        this.applyRetention(days());
        this.health.backgroundSucceeded('session log retention');
      } catch (error) {
        this.health.backgroundFailed(error, 'session log retention');
      }
    };
    pass();
    this.retentionTimer = setInterval(pass, intervalMs);
    this.retentionTimer.unref();
  }

  getSession(id: string): SessionSummary | null {
    this.assertOpenForReading();
    return this.queries.getSession(id);
  }

  listSessions(filters: LogFilters = {}): { sessions: SessionSummary[]; total: number } {
    this.assertOpenForReading();
    return this.queries.listSessions(filters);
  }

  sessionTimeline(sessionId: string): StoredEvent[] {
    this.assertOpenForReading();
    return this.queries.sessionTimeline(sessionId);
  }

  searchEvents(filters: EventFilters = {}): StoredEvent[] {
    this.assertOpenForReading();
    return this.queries.searchEvents(filters);
  }

  countsByVerdict(sinceMs: number, kind?: EventKind): VerdictCounts {
    this.assertOpenForReading();
    return this.queries.countsByVerdict(sinceMs, kind);
  }

  /** Warnings since a time, answered by the person or not: "warned" alone mixes the two. */
  warnOutcomes(sinceMs: number): WarnOutcomes {
    this.assertOpenForReading();
    return countWarnOutcomes(this.db, sinceMs);
  }

  verify(): VerifyResult {
    this.assertOpenForReading();
    return verifyChain(this.db);
  }

  exportJsonl(since: number | undefined, write: (line: string) => void): number {
    this.assertOpenForReading();
    return exportJsonl(this.db, since, write);
  }

  applyRetention(days: number, now: number = this.now()): RetentionResult {
    this.assertOpenForReading();
    return applyRetention(this.db, days, now);
  }

  /** Checkpoints the WAL into the main file and closes. Safe to call twice; a full disk does not stop it. */
  close(): void {
    if (this.db.open) this.flushJournal();
    clearInterval(this.retentionTimer);
    // Emptied when everything went in; whatever could not is kept for the next open.
    this.journal?.close();
    this.journal = undefined;
    this.indexTimer?.stop();
    this.checkpointer?.stop();
    this.checkpointer = undefined;
    try {
      closeSqlite(this.db);
    } catch (error) {
      // The WAL keeps what the checkpoint could not fold in; the next open reads it.
      this.health.backgroundFailed(error, 'session log close');
    }
  }

  private assertOpen(): void {
    if (!this.db.open) throw new LogClosedError();
  }

  /** Reads see every event handed over, journaled ones included. */
  private assertOpenForReading(): void {
    this.assertOpen();
    this.flushJournal();
  }
}
