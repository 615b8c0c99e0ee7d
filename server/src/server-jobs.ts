import { startApprovalWebhook } from './approvals/webhook';
import { startAuditRetention } from './audit/retention';
import { siemCursor, startSiemForwarder, type SiemOptions } from './audit/siem-forwarder';
import type { ServerServices } from './context';
import type { ChangeBus } from './db/change-bus';
import { runAsSingleton, type Singleton } from './db/singleton';
import type { SqlDatabase } from './db/sql';

export interface ServerJobOptions {
  webhookUrl?: string;
  siem?: SiemOptions;
  auditRetentionDays?: number;
  /** How often devices' last-seen times are written; default 5000. */
  lastSeenFlushMs?: number;
  /** How often a replica without a singleton's lock tries to take it over; default 2000. */
  singletonRetryMs?: number;
  onError: (error: unknown, where: string) => void;
}

/** How often holds past their expiry are marked expired (and their waiters answered). */
const SWEEP_MS = 1000;

/**
 * The server's background work. Jobs with an effect outside this process (posting to the webhook or the SIEM,
 * deleting old events, expiring holds) run on one replica at a time (`runAsSingleton`: another takes over when
 * that one dies); writing this replica's own last-seen times runs on each. Returns the function that stops
 * everything and writes the last-seen times still in memory, and a promise of each singleton's first try to take
 * its lock (see `Singleton.firstTry`).
 */
export function startServerJobs(db: SqlDatabase, bus: ChangeBus, services: ServerServices, options: ServerJobOptions): { stop: () => Promise<void>; firstTries: Promise<void> } {
  const { onError } = options;
  const singleton = (name: string, start: () => () => void) =>
    runAsSingleton(db, name, start, { onError, ...(options.singletonRetryMs ? { retryMs: options.singletonRetryMs } : {}) });
  const singletons: Singleton[] = [];

  const { webhookUrl, siem, auditRetentionDays } = options;
  if (webhookUrl) singletons.push(singleton('approval-webhook', () => startApprovalWebhook(services.approvals, webhookUrl, onError)));
  if (siem) singletons.push(singleton('siem-forwarder', () => startSiemForwarder(db, bus, services.audit, siem, onError)));
  if (auditRetentionDays !== undefined) {
    const forwardedUpTo = siem ? () => siemCursor(db) : undefined;
    singletons.push(
      singleton('audit-retention', () =>
        startAuditRetention(services.audit, { days: auditRetentionDays, now: services.now, onError, ...(forwardedUpTo ? { forwardedUpTo } : {}) }),
      ),
    );
  }
  singletons.push(singleton('approval-expiry', () => every(SWEEP_MS, () => services.approvals.sweep(), 'expiring approvals', onError)));

  const flushLastSeen = async () => {
    try {
      await services.devices.flushLastSeen();
    } catch (error) {
      onError(error, 'writing last-seen times');
    }
  };
  const stopFlusher = every(options.lastSeenFlushMs ?? 5000, flushLastSeen, 'writing last-seen times', onError);
  return {
    firstTries: Promise.all(singletons.map((job) => job.firstTry)).then(() => undefined),
    stop: async () => {
      stopFlusher();
      await Promise.all(singletons.map((job) => job.stop()));
      await flushLastSeen();
    },
  };
}

/** Runs `work` every `ms`, never two at once; returns the stop function. */
function every(ms: number, work: () => Promise<unknown>, what: string, onError: (error: unknown, where: string) => void): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    work()
      .catch((error: unknown) => onError(error, what))
      .finally(() => (running = false));
  }, ms);
  timer.unref();
  return () => clearInterval(timer);
}
