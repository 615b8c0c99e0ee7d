import type { Db } from '../db/open-db';
import type { AuditStore } from './audit-store';

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

/**
 * Posts stored audit events to a SIEM's HTTP collector as NDJSON, in order, from a cursor kept in the
 * database: a restart resumes where it stopped. A failed post is retried with backoff (1 s doubling to 60 s);
 * events that arrive meanwhile wait for that retry, so a busy org does not hammer a collector that is down.
 */
/** The last event the SIEM forwarder has delivered (0 before the first). */
export function siemCursor(db: Db): number {
  return (db.prepare('SELECT seq FROM forward_cursor WHERE name = ?').get(SIEM_CURSOR) as { seq: number } | undefined)?.seq ?? 0;
}

export function startSiemForwarder(db: Db, audit: AuditStore, options: SiemOptions, onError: (error: unknown, where: string) => void, deps: SiemDeps = {}): () => void {
  const name = SIEM_CURSOR;
  const send = deps.send ?? httpSender(options);
  const schedule = deps.schedule ?? timerSchedule;
  db.prepare('INSERT OR IGNORE INTO forward_cursor (name, seq) VALUES (?, 0)').run(name);
  let stopped = false;
  let running = false;
  let again = false;
  let backoff = FIRST_BACKOFF_MS;
  /** Set while a retry waits out its backoff: new events then wait for it too. */
  let cancelRetry: (() => void) | undefined;

  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      for (;;) {
        const cursor = (db.prepare('SELECT seq FROM forward_cursor WHERE name = ?').get(name) as { seq: number }).seq;
        const batch = audit.search({ afterSeq: cursor, limit: options.batchSize ?? 200 });
        if (batch.length === 0 || stopped) break;
        await send(batch.map((event) => JSON.stringify(event)).join('\n') + '\n');
        db.prepare('UPDATE forward_cursor SET seq = ? WHERE name = ?').run(batch.at(-1)!.seq, name);
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
  const unsubscribe = audit.onIngest(() => {
    if (!cancelRetry) void run();
  });
  void run();
  return () => {
    stopped = true;
    cancelRetry?.();
    unsubscribe();
  };
}
