import type { SqlDatabase } from '../db/sql';
import { DAY_MS, dayOfPartition, partitionName } from './day-partitions';
import { cursorCondition, type ForwardCursor } from './forward-cursor';

/** How long a drop waits for searches and ingests on the table; longer, and every request would queue behind it. */
const LOCK_WAIT = '1s';

/**
 * PostgreSQL: drops the partition of each day that ended before `cutoff`, oldest first, unless a SIEM (`upTo`
 * given) has not been sent all of its events yet; returns the days dropped. Dropping a partition locks the whole
 * table for a moment: the lock on the parent is taken first (as ingest and search take theirs, so no deadlock), the
 * check that everything was forwarded runs under it (no ingest can add an event in between), and a day whose lock
 * cannot be had quickly (a long search) is left for the next sweep.
 */
export async function dropDaysBefore(db: SqlDatabase, cutoff: number, upTo?: ForwardCursor): Promise<number[]> {
  const tables = await db.all<{ name: string }>("SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'audit_events'::regclass");
  const days = tables
    .map((table) => dayOfPartition(table.name))
    .filter((day): day is number => day !== undefined && (day + 1) * DAY_MS <= cutoff)
    .sort((a, b) => a - b);
  const dropped: number[] = [];
  for (const day of days) {
    const done = await db
      .transaction(async (tx) => {
        await tx.exec(`SET LOCAL lock_timeout = '${LOCK_WAIT}'`);
        await tx.exec('LOCK TABLE ONLY audit_events IN ACCESS EXCLUSIVE MODE');
        if (upTo) {
          const after = cursorCondition('postgres', upTo);
          // The SIEM has not had all of this day yet: keep it (a collector down for days keeps its backlog).
          if (await tx.get(`SELECT 1 AS found FROM ${partitionName(day)} WHERE ${after.sql} LIMIT 1`, after.args)) return false;
        }
        await tx.exec(`DROP TABLE ${partitionName(day)}`);
        return true;
      })
      .catch((error: unknown) => {
        // 55P03: the lock was not had in time; the next sweep tries again.
        if ((error as { code?: unknown }).code === '55P03') return false;
        throw error;
      });
    if (done) dropped.push(day);
  }
  return dropped;
}
