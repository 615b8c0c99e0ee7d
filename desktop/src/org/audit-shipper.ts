import type { AuditOutbox } from './audit-outbox';
import { backoffDelay } from './backoff';
import type { OrgClient } from './org-client';

export interface ShipperOptions {
  batchSize?: number;
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

  constructor(
    private readonly outbox: AuditOutbox,
    private readonly client: () => OrgClient | undefined,
    private readonly options: ShipperOptions = {},
  ) {}

  /** Something was queued: ship soon (unless a retry is already scheduled). */
  poke(): void {
    if (this.#stopped || this.#timer || this.#running) return;
    this.#schedule(this.options.gatherMs ?? 200);
  }

  status(): ShipperStatus {
    return { queued: this.outbox.size(), lastShippedAt: this.#lastShippedAt, lastError: this.#lastError };
  }

  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
  }

  /** Ships until the outbox is empty or a batch fails. */
  async flush(): Promise<void> {
    const client = this.client();
    if (!client || this.#running) return;
    this.#running = true;
    try {
      for (;;) {
        const batch = this.outbox.peek(this.options.batchSize ?? 200);
        if (!batch || this.#stopped) break;
        await client.shipEvents(batch.events);
        this.outbox.remove(batch.through);
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
