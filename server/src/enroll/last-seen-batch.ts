import type { Db } from '../db/open-db';

/**
 * Last-seen times of devices, kept in memory and written in one transaction per flush: a policy poll from each of
 * thousands of gateways must not be a write each. Readers overlay `pending` on what is stored, so an admin view is
 * right even before the next flush.
 */
export class LastSeenBatch {
  readonly #pending = new Map<string, number>();
  readonly #update;

  constructor(private readonly db: Db) {
    // MAX keeps a time written by an earlier flush (or another process) from going backwards.
    this.#update = db.prepare('UPDATE devices SET last_seen_at = MAX(COALESCE(last_seen_at, 0), ?) WHERE id = ?');
  }

  seen(deviceId: string, at: number): void {
    this.#pending.set(deviceId, Math.max(at, this.#pending.get(deviceId) ?? 0));
  }

  pending(deviceId: string): number | undefined {
    return this.#pending.get(deviceId);
  }

  /** Writes every pending time in one transaction; returns how many devices it wrote. */
  flush(): number {
    if (this.#pending.size === 0) return 0;
    const batch = [...this.#pending];
    // Cleared only once written: a failed flush (disk full, locked) keeps the times for the next one.
    this.db.transaction(() => {
      for (const [id, at] of batch) this.#update.run(at, id);
    })();
    this.#pending.clear();
    return batch.length;
  }
}
