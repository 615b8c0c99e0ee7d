import type { Appender } from './append';
import { EventIdConflictError, InvalidEventError } from './errors';
import type { PreparedEvent } from './event-input';
import type { LogHealth } from './faults';
import { Journal } from './journal';
import type { StoreThread } from './store-thread';
import type { StoredEvent } from './types';

/** The longest a journaled event waits for the next append before its batch goes into the database. */
const BATCH_MS = 10;
/** A batch goes into the database once this many events wait: a long batch would stall one request. */
const BATCH_EVENTS = 16;
/**
 * With a store thread, how long events wait before they are handed over, and how many may wait. Waking the
 * thread costs the thread that answers requests about as much as storing a call's events itself on a busy
 * 2-core machine (the woken thread takes its core), so it is woken for many calls at once. Nothing waits for
 * a batch: every read hands over and waits for what is waiting first.
 */
const THREAD_BATCH_MS = 50;
const THREAD_BATCH_EVENTS = 128;
/** How soon a batch the database refused (busy, disk) is tried again. */
const RETRY_MS = 1000;
/**
 * With a store thread, the journal is emptied whenever the thread has caught up; under load that never lets
 * it, the log waits for the thread once the journal holds this much, so the file stays bounded.
 */
const THREAD_JOURNAL_MAX_BYTES = 8 * 1024 * 1024;
/** With a store thread, a caught-up journal is cut at this size, or after this long caught up (see `#caughtUp`). */
const THREAD_JOURNAL_CLEAR_BYTES = 512 * 1024;
const THREAD_JOURNAL_CLEAR_IDLE_MS = 200;

interface JournaledEvent {
  event: PreparedEvent;
  onStored: ((stored: StoredEvent) => void) | undefined;
}

export interface JournalBatchesDeps {
  appender: Appender;
  health: LogHealth;
  /** Timers fire after a close too: a closed log stored its batch already, or left it for the next open. */
  isOpen: () => boolean;
  onJournalError: (error: unknown) => void;
  /** What the store thread reports (its full-text indexing, or that it is gone). */
  onError: (error: unknown, where: string) => void;
  /** Events went into the database (the index may catch up). */
  afterStored: () => void;
}

/**
 * The journaled events of the session log on their way into the database: each durable in the journal
 * first, then chained in with its batch (after `BATCH_MS`, at `BATCH_EVENTS` events, or when the log asks),
 * one commit per batch. The journal is emptied once everything in it is in the database.
 */
export class JournalBatches {
  #waiting: JournaledEvent[] = [];
  #timer: NodeJS.Timeout | undefined;
  #clearTimer: NodeJS.Timeout | undefined;
  #thread: StoreThread | undefined;

  private constructor(
    private readonly journal: Journal,
    private readonly deps: JournalBatchesDeps,
  ) {}

  /**
   * From now on events go into the database on the store thread, not on the caller's: the log's own thread
   * stores only what the thread hands back (and waits for it where a read or a direct append needs to).
   */
  storeOn(thread: StoreThread): void {
    this.#thread = thread;
    thread.listen({
      stored: (item, stored) => this.#reportStored(item, stored),
      caughtUp: () => this.#caughtUp(),
      // Handed over before everything waiting here, so they go first.
      handedBack: (items) => {
        this.#waiting = [...items, ...this.#waiting];
        this.#timer ??= setTimeout(() => this.#flushIfOpen(), 0).unref();
      },
      report: (error, where) => this.deps.onError(error, where),
    });
  }

  /**
   * Opens (creating) the journal and stores what an earlier run left in it, each event going to
   * `onReplayed` once it is in the database. Stored again if they made it before a crash: appends are
   * idempotent by id.
   */
  static open(file: string, deps: JournalBatchesDeps, onReplayed: (stored: StoredEvent) => void): JournalBatches {
    const { journal, leftover } = Journal.open(file);
    const batches = new JournalBatches(journal, deps);
    if (leftover.damaged > 0) deps.onJournalError(new Error(`${leftover.damaged} damaged line(s) in the session-log journal were skipped`));
    batches.#waiting = leftover.events.map((event) => ({ event, onStored: onReplayed }));
    batches.flush();
    if (batches.#waiting.length === 0) journal.clear();
    return batches;
  }

  /** Durable on return: the event is in the journal. Throws what the write threw (a full disk). */
  add(event: PreparedEvent, onStored: ((stored: StoredEvent) => void) | undefined): void {
    this.journal.write(event);
    this.#waiting.push({ event, onStored });
    const threaded = this.#thread?.accepting === true;
    if (this.#waiting.length >= (threaded ? THREAD_BATCH_EVENTS : BATCH_EVENTS) || this.journal.size > THREAD_JOURNAL_MAX_BYTES) {
      this.#storeOrHand();
    } else if (this.#timer === undefined) {
      this.#timer = setTimeout(() => this.#storeOrHandIfOpen(), threaded ? THREAD_BATCH_MS : BATCH_MS);
      // The events are durable already; a pending batch must not keep a finished process alive.
      this.#timer.unref();
    }
  }

  /**
   * A call was just answered: without a store thread, the waiting events go into the database now (as
   * `flush`), while its client reads the answer. A store thread gets them with its next batch.
   */
  storeSoon(): void {
    if (!this.#thread?.accepting) this.flush();
  }

  /**
   * Stores the waiting events in the database now (with a store thread: waits until it has stored them).
   * An event the log refuses (its id taken by other content) is reported to `onJournalError` and dropped;
   * when the database itself fails (busy, disk), the events stay journaled and the batch is tried again.
   */
  flush(): void {
    const thread = this.#thread;
    if (thread) {
      if (thread.accepting) thread.hand(this.#take());
      // Whatever the thread hands back joins the waiting events, which are stored here.
      thread.drain();
    }
    const batch = this.#take();
    if (batch.length === 0) {
      this.#caughtUp();
      return;
    }
    let stored: StoredEvent[];
    try {
      stored = this.deps.appender.appendAll(batch.map(({ event }) => event));
    } catch {
      this.#storeOneByOne(batch);
      return;
    }
    this.deps.health.succeeded();
    batch.forEach((item, i) => this.#reportStored(item, stored[i]!));
    this.#caughtUp();
    this.deps.afterStored();
  }

  #storeOrHand(): void {
    const thread = this.#thread;
    // The journal must not grow without bound behind a thread that never catches up: wait for it then.
    if (thread?.accepting && this.journal.size <= THREAD_JOURNAL_MAX_BYTES) thread.hand(this.#take());
    else this.flush();
  }

  #storeOrHandIfOpen(): void {
    if (this.deps.isOpen()) this.#storeOrHand();
  }

  /** Whatever could not go in stays in the journal for the next open. */
  close(): void {
    clearTimeout(this.#timer);
    clearTimeout(this.#clearTimer);
    this.#thread?.close();
    if (this.#isCaughtUp() && this.journal.size > 0) this.journal.clear();
    this.journal.close();
  }

  #isCaughtUp(): boolean {
    return this.#waiting.length === 0 && (this.#thread?.idle ?? true);
  }

  /**
   * Everything journaled is in the database: the journal starts over, and the thread may take events again.
   * With a store thread, the journal is cut once it is large or the log has been caught up for a moment:
   * cutting it after every batch cost more than writing the batch's lines. Until then a crash leaves stored
   * events in it, which the next start finds stored already (appends are idempotent by id).
   */
  #caughtUp(): void {
    if (!this.#isCaughtUp()) return;
    this.#thread?.resume();
    if (this.journal.size === 0) return;
    if (!this.#thread || this.journal.size >= THREAD_JOURNAL_CLEAR_BYTES) {
      clearTimeout(this.#clearTimer);
      this.#clearTimer = undefined;
      this.journal.clear();
      return;
    }
    this.#clearTimer ??= setTimeout(() => {
      this.#clearTimer = undefined;
      if (this.deps.isOpen() && this.#isCaughtUp() && this.journal.size > 0) this.journal.clear();
    }, THREAD_JOURNAL_CLEAR_IDLE_MS).unref();
  }

  #flushIfOpen(): void {
    if (this.deps.isOpen()) this.flush();
  }

  #storeOneByOne(batch: JournaledEvent[]): void {
    for (let i = 0; i < batch.length; i++) {
      const item = batch[i]!;
      try {
        this.#reportStored(item, this.deps.appender.append(item.event));
        this.deps.health.succeeded();
      } catch (error) {
        if (error instanceof InvalidEventError || error instanceof EventIdConflictError) {
          this.deps.onJournalError(error);
          continue;
        }
        // Not the event's fault: keep it and the rest journaled, and try again in a moment. A full disk is
        // reported once by the health check, not once a second.
        if (this.deps.health.failed(error, 'session log journal') === error) this.deps.onJournalError(error);
        this.#waiting = [...batch.slice(i), ...this.#waiting];
        this.#timer ??= setTimeout(() => this.#flushIfOpen(), RETRY_MS).unref();
        return;
      }
    }
    this.#caughtUp();
    this.deps.afterStored();
  }

  #take(): JournaledEvent[] {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const batch = this.#waiting;
    this.#waiting = [];
    return batch;
  }

  #reportStored(item: JournaledEvent, stored: StoredEvent): void {
    try {
      item.onStored?.(stored);
    } catch (error) {
      this.deps.onJournalError(error);
    }
  }
}
