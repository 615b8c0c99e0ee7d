import { setImmediate as yieldToRequests } from 'node:timers/promises';
import type { AuditStore } from './audit-store';
import { DAY_MS } from './day-partitions';
import type { ForwardCursor } from './forward-cursor';

/** Rows per delete: small enough that a request waiting behind one is not noticeably held up. */
const BATCH = 500;
const EVERY_MS = 10 * 60_000;

export interface RetentionOptions {
  days: number;
  now: () => number;
  onError: (error: unknown, where: string) => void;
  /** Test hook: how often to look for old events; default every ten minutes. */
  everyMs?: number;
  /**
   * The last event a SIEM has been sent, when one is configured: retention never deletes an event before it
   * was forwarded (a collector that is down for days keeps its backlog).
   */
  forwardedUpTo?: () => Promise<ForwardCursor>;
}

/**
 * Deletes audit events older than `days`, now and then on a timer, in batches with the event loop free between
 * them, so polls and searches go on while a large backlog is cleared. On PostgreSQL whole days go first (a day's
 * partition is dropped once the day ended before the cutoff), then the default partition's old rows in batches.
 * Returns the stop function. Runs on one replica at a time (see `runAsSingleton`).
 */
export function startAuditRetention(audit: AuditStore, options: RetentionOptions): () => void {
  let stopped = false;
  let running: Promise<void> | undefined;
  const sweep = async () => {
    const cutoff = options.now() - options.days * DAY_MS;
    const upTo = await options.forwardedUpTo?.();
    await audit.dropDaysBefore(cutoff, upTo);
    while (!stopped && (await audit.deleteBefore(cutoff, BATCH, upTo)) === BATCH) await yieldToRequests();
  };
  const run = () => {
    running ??= sweep()
      .catch((error: unknown) => options.onError(error, 'deleting audit events past retention'))
      .finally(() => (running = undefined));
  };
  run();
  const timer = setInterval(run, options.everyMs ?? EVERY_MS);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
