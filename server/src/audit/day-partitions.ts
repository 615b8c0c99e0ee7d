import type { SqlDatabase } from '../db/sql';

export const DAY_MS = 24 * 60 * 60_000;
/** Days further back or ahead than this get no partition of their own: a gateway's wrong clock must not make tables. */
const OLDEST_DAYS = 400;
const NEWEST_DAYS = 2;
const NAME = /^audit_events_p(\d{4})(\d{2})(\d{2})$/;

/** The UTC day (days since the epoch) of a time in milliseconds. */
export const dayOf = (at: number): number => Math.floor(at / DAY_MS);

/** `audit_events_pYYYYMMDD`: the partition holding the events of one UTC day. */
export function partitionName(day: number): string {
  return `audit_events_p${new Date(day * DAY_MS).toISOString().slice(0, 10).replace(/-/g, '')}`;
}

/** The day a partition of ours holds, or undefined for any other table (the default partition among them). */
export function dayOfPartition(name: string): number | undefined {
  const match = NAME.exec(name);
  return match ? dayOf(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
}

/**
 * PostgreSQL only: makes sure each UTC day that events are stored for has its own partition of `audit_events`, so
 * retention can drop a whole day at once instead of deleting its rows one by one. Partitions are made before a
 * batch's transaction (a schema change there would hold the table's lock until the batch commits) and remembered,
 * so a batch of a day already seen costs nothing. Replicas may race to make the same day: the loser's error means
 * the table is there. A day whose events already went to the default partition (stored before its partition
 * existed) can never get one, since PostgreSQL refuses a partition the default already holds rows of: that day
 * stays in the default partition, which retention clears in batches.
 */
export class DayPartitions {
  /** Days that have a partition, or that are known to stay in the default one. */
  readonly #settled = new Set<number>();
  readonly #making = new Map<number, Promise<void>>();

  constructor(
    private readonly db: SqlDatabase,
    private readonly now: () => number,
    private readonly warn: (message: string) => void,
  ) {}

  /** Makes the partitions of the days of `times`, and of today and tomorrow (made ahead, before a day's first event). */
  async ensure(times: readonly number[]): Promise<void> {
    const today = dayOf(this.now());
    const days = new Set([today, today + 1, ...times.map(dayOf)]);
    const waits: Array<Promise<void>> = [];
    for (const day of days) {
      if (this.#settled.has(day) || day < today - OLDEST_DAYS || day > today + NEWEST_DAYS) continue;
      let making = this.#making.get(day);
      if (!making) {
        making = this.#make(day).finally(() => this.#making.delete(day));
        this.#making.set(day, making);
      }
      waits.push(making);
    }
    await Promise.all(waits);
  }

  /** A partition dropped (by retention): made again if a late event of that day arrives. */
  forget(day: number): void {
    this.#settled.delete(day);
  }

  async #make(day: number): Promise<void> {
    const from = day * DAY_MS;
    try {
      // Bounds are integers computed here, never input: written into the statement, which takes no parameters.
      await this.db.exec(`CREATE TABLE IF NOT EXISTS ${partitionName(day)} PARTITION OF audit_events FOR VALUES FROM (${from}) TO (${from + DAY_MS})`);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === '23514') {
        this.warn(`audit events of ${new Date(from).toISOString().slice(0, 10)} stay in the default partition: some were stored before the day had its own`);
      } else if (code !== '42P07' && code !== '23505') {
        // 42P07 (duplicate table) and 23505 (its type's name taken) mean another replica made it first: done.
        throw error;
      }
    }
    this.#settled.add(day);
  }
}
