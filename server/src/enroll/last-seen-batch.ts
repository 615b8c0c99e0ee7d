import { greatest, type SqlDatabase } from '../db/sql';

/** Devices written by one statement: a few hundred keeps the statement small and the parameters far under the engines' limits. */
const ROWS_PER_STATEMENT = 250;

/**
 * Last-seen times of devices, kept in memory and written in one transaction per flush: a policy poll from each of
 * thousands of gateways must not be a write each. Readers overlay `pending` on what is stored, so an admin view is
 * right even before the next flush.
 */
export class LastSeenBatch {
  readonly #pending = new Map<string, number>();
  #flushing: Promise<number> | undefined;

  constructor(private readonly db: SqlDatabase) {}

  seen(deviceId: string, at: number): void {
    this.#pending.set(deviceId, Math.max(at, this.#pending.get(deviceId) ?? 0));
  }

  pending(deviceId: string): number | undefined {
    return this.#pending.get(deviceId);
  }

  /** Writes every pending time in one transaction; returns how many devices it wrote. One flush at a time. */
  async flush(): Promise<number> {
    while (this.#flushing) await this.#flushing.catch(() => undefined);
    if (this.#pending.size === 0) return 0;
    this.#flushing = this.#write([...this.#pending]);
    try {
      return await this.#flushing;
    } finally {
      this.#flushing = undefined;
    }
  }

  async #write(batch: Array<[string, number]>): Promise<number> {
    // Sorted: two replicas flushing the same devices then lock their rows in the same order (a deadlock would only
    // fail one flush, whose times stay for the next, but is better avoided).
    batch.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    await this.db.transaction(async (tx) => {
      for (let start = 0; start < batch.length; start += ROWS_PER_STATEMENT) {
        const rows = batch.slice(start, start + ROWS_PER_STATEMENT);
        // One statement per few hundred devices: on PostgreSQL each statement is a round trip.
        const values = rows.map(() => 'SELECT ? AS id, CAST(? AS BIGINT) AS at').join(' UNION ALL ');
        // greatest keeps a time written by an earlier flush (or another replica) from going backwards.
        await tx.run(
          `UPDATE devices SET last_seen_at = ${greatest(tx.engine, 'COALESCE(devices.last_seen_at, 0)', 'seen.at')}
           FROM (${values}) AS seen WHERE devices.id = seen.id`,
          rows.flat(),
        );
      }
    });
    // Cleared only once written (a failed flush keeps the times for the next one), and only times not bumped meanwhile.
    for (const [id, at] of batch) if (this.#pending.get(id) === at) this.#pending.delete(id);
    return batch.length;
  }
}
