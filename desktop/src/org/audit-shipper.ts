import { AUDIT_LIMITS } from '@promptgate/shared';
import type { AuditEvent } from '@promptgate/shared';
import { truncatedAuditEvent } from './audit-event';
import type { AuditOutbox } from './audit-outbox';
import { backoffDelay } from './backoff';
import { OrgServerError, type OrgClient } from './org-client';

export interface ShipperOptions {
  batchSize?: number;
  /** Largest request body; the server's cap unless a test lowers it. */
  batchBytes?: number;
  /** Retry delays after a failed batch. */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** Events are gathered this long before a batch goes, so a burst becomes one request. */
  gatherMs?: number;
}

export interface ShipperStatus {
  queued: number;
  lastShippedAt: number | null;
  lastError: string | null;
  /** The last event the server refused in every form, which was left out so the rest could go. */
  lastSkipped: string | null;
}

/**
 * Drains the outbox to the org server, one batch at a time in order. A failed batch stays in the outbox and is
 * retried with backoff; the next enqueue after recovery, or the retry timer, resumes shipping.
 */
export class AuditShipper {
  #timer: NodeJS.Timeout | undefined;
  #running = false;
  #stopped = false;
  #attempt = 0;
  #lastShippedAt: number | null = null;
  #lastError: string | null = null;
  #lastSkipped: string | null = null;

  constructor(
    private readonly outbox: AuditOutbox,
    private readonly client: () => Pick<OrgClient, 'shipEvents'> | undefined,
    private readonly options: ShipperOptions = {},
  ) {}

  /** Something was queued: ship soon (unless a retry is already scheduled). */
  poke(): void {
    if (this.#stopped || this.#timer || this.#running) return;
    this.#schedule(this.options.gatherMs ?? 200);
  }

  status(): ShipperStatus {
    return { queued: this.outbox.size(), lastShippedAt: this.#lastShippedAt, lastError: this.#lastError, lastSkipped: this.#lastSkipped };
  }

  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
  }

  /**
   * Ships until the outbox is empty or a batch fails. A batch the server refuses for what it holds (too large,
   * invalid) is split in halves; one event it refuses alone goes as a bare record carrying the server's
   * reason. Only failures that are not the batch's fault (network, server down) wait and retry, so no
   * single event blocks the queue.
   */
  async flush(): Promise<void> {
    const client = this.client();
    if (!client || this.#running) return;
    this.#running = true;
    const maxEvents = Math.min(this.options.batchSize ?? 200, AUDIT_LIMITS.batchEvents);
    const maxBytes = Math.min(this.options.batchBytes ?? AUDIT_LIMITS.batchBytes, AUDIT_LIMITS.batchBytes);
    let limit = maxEvents;
    try {
      for (;;) {
        const batch = this.outbox.peek(limit, maxBytes);
        if (!batch || this.#stopped) break;
        try {
          await client.shipEvents(batch.events);
        } catch (error) {
          if (!refusedForContent(error)) throw error;
          if (batch.events.length > 1) {
            limit = Math.ceil(batch.events.length / 2);
            continue;
          }
          const skipped = await this.#shipBare(client, batch.events[0]!, maxBytes, error.message);
          if (skipped) {
            this.outbox.remove(batch.through);
            this.#lastSkipped = skipped;
            continue;
          }
        }
        this.outbox.remove(batch.through);
        limit = maxEvents;
        this.#lastShippedAt = Date.now();
        this.#lastError = null;
        this.#attempt = 0;
      }
    } catch (error) {
      this.#lastError = (error as Error).message;
      this.#schedule(backoffDelay(this.#attempt++, { minMs: this.options.minBackoffMs ?? 1000, maxMs: this.options.maxBackoffMs ?? 60_000 }));
    } finally {
      this.#running = false;
    }
  }

  /**
   * Ships the bare record of an event the server refused. If the server refuses even that (a kind it does
   * not know yet, say), the event leaves the outbox and the returned message says so in the status: it
   * stays in the local session log, and everything behind it can go.
   */
  async #shipBare(client: Pick<OrgClient, 'shipEvents'>, event: AuditEvent, maxBytes: number, reason: string): Promise<string | undefined> {
    try {
      await client.shipEvents([truncatedAuditEvent(event, maxBytes, reason)]);
      return undefined;
    } catch (error) {
      if (!refusedForContent(error)) throw error;
      return `the org server refused audit event ${event.id} (${error.message}), even cut down to its bare record; it was not shipped and stays in the local session log`;
    }
  }

  #schedule(ms: number): void {
    if (this.#stopped) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.flush();
    }, ms);
    this.#timer.unref();
  }
}

/** The server read the batch and refused what is in it: sending the same bytes again can never succeed. */
function refusedForContent(error: unknown): error is OrgServerError {
  return error instanceof OrgServerError && (error.status === 400 || error.status === 413);
}
