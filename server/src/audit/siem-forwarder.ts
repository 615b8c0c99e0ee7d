import type { ChangeBus } from '../db/change-bus';
import type { SqlDatabase, SqlExecutor } from '../db/sql';
import type { AuditStore } from './audit-store';
import { moveForwardCursor, readForwardCursor, type ForwardCursor } from './forward-cursor';

export interface SiemOptions {
  url: string;
  /** Sent as `Authorization: Bearer ...` (Splunk HEC wants `Splunk ...`: pass the whole header value). */
  authorization?: string;
  batchSize?: number;
}

/** What the forwarder does to the outside world; tests pass their own (a fake collector, a hand-run clock). */
export interface SiemDeps {
  /** Posts one NDJSON batch; rejects when the collector did not take it. */
  send?: (body: string) => Promise<void>;
  /** Runs `fn` after `ms`; returns a function that cancels it. */
  schedule?: (fn: () => void, ms: number) => () => void;
}

const FIRST_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 60_000;

function httpSender(options: SiemOptions): (body: string) => Promise<void> {
  return async (body) => {
    const response = await fetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson', ...(options.authorization ? { authorization: options.authorization } : {}) },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`SIEM collector answered HTTP ${response.status}`);
  };
}

function timerSchedule(fn: () => void, ms: number): () => void {
  const timer = setTimeout(fn, ms);
  timer.unref();
  return () => clearTimeout(timer);
}

const SIEM_CURSOR = 'siem';
/** How soon to look again when events are stored but not yet readable (a transaction older than them is still open). */
const HELD_BACK_MS = 100;

/** Where the SIEM forwarder stands: everything at or before it was delivered. */
export function siemCursor(db: SqlExecutor): Promise<ForwardCursor> {
  return readForwardCursor(db, SIEM_CURSOR);
}

/**
 * Posts stored audit events to a SIEM's HTTP collector as NDJSON, in order, from a cursor kept in the database:
 * a restart, or another replica taking over, resumes where it stopped, and nothing is skipped or sent twice (see
 * `ForwardCursor`). A failed post is retried with backoff (1 s doubling to 60 s); events that arrive meanwhile wait
 * for that retry, so a busy org does not hammer a collector that is down. Wakes on the change bus's 'audit' topic,
 * which every replica's ingest publishes. Run it on one replica at a time (`runAsSingleton`); returns its stop.
 */
export function startSiemForwarder(
  db: SqlDatabase,
  bus: ChangeBus,
  audit: AuditStore,
  options: SiemOptions,
  onError: (error: unknown, where: string) => void,
  deps: SiemDeps = {},
): () => void {
  const send = deps.send ?? httpSender(options);
  const schedule = deps.schedule ?? timerSchedule;
  let stopped = false;
  let running = false;
  let again = false;
  let backoff = FIRST_BACKOFF_MS;
  /** Set while a retry waits out its backoff: new events then wait for it too. */
  let cancelRetry: (() => void) | undefined;
  let heldBack: NodeJS.Timeout | undefined;

  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      let cursor = await siemCursor(db);
      for (;;) {
        const limit = options.batchSize ?? 200;
        const batch = await audit.eventsAfter(cursor, limit);
        if (stopped) break;
        if (batch.events.length === 0) {
          // Stored but not readable yet: an older transaction is still open, and its commit may tell nobody (it
          // need not be an ingest), so look again shortly.
          if (await audit.anyAfter(cursor)) lookAgainSoon();
          break;
        }
        await send(batch.events.map((event) => JSON.stringify(event)).join('\n') + '\n');
        // The cursor moves only from where this forwarder found it: if another replica's forwarder moved it in
        // the meantime (a lock handed over mid-batch), read it again instead of moving it back.
        if (!(await moveForwardCursor(db, SIEM_CURSOR, cursor, batch.cursor))) cursor = await siemCursor(db);
        else cursor = batch.cursor;
        backoff = FIRST_BACKOFF_MS;
      }
    } catch (error) {
      onError(error, 'SIEM forwarder');
      again = false;
      if (!stopped) {
        cancelRetry = schedule(() => {
          cancelRetry = undefined;
          void run();
        }, backoff);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      }
    } finally {
      running = false;
      if (again && !stopped) {
        again = false;
        void run();
      }
    }
  };
  const wake = () => {
    if (!cancelRetry && !stopped) void run();
  };
  const lookAgainSoon = () => {
    heldBack ??= setTimeout(() => {
      heldBack = undefined;
      wake();
    }, HELD_BACK_MS);
    heldBack.unref();
  };
  const unsubscribe = bus.subscribe('audit', wake);
  const unsubscribeResync = bus.onResync(wake);
  void run();
  return () => {
    stopped = true;
    cancelRetry?.();
    if (heldBack) clearTimeout(heldBack);
    unsubscribe();
    unsubscribeResync();
  };
}
