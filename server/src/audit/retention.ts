import { setImmediate as yieldToRequests } from 'node:timers/promises';
import type { AuditStore } from './audit-store';

const DAY_MS = 24 * 60 * 60_000;
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
  forwardedUpTo?: () => number;
}

/**
 * Deletes audit events older than `days`, now and then on a timer, in batches with the event loop free between
 * them, so polls and searches go on while a large backlog is cleared. Returns the stop function.
 */
export function startAuditRetention(audit: AuditStore, options: RetentionOptions): () => void {
  let stopped = false;
  let running: Promise<void> | undefined;
  const sweep = async () => {
    const cutoff = options.now() - options.days * DAY_MS;
    while (!stopped && audit.deleteBefore(cutoff, BATCH, options.forwardedUpTo?.()) === BATCH) await yieldToRequests();
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
