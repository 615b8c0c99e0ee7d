import type { SqliteDatabase } from './sqlite';

/**
 * The full-text index follows the events table a little behind instead of inside each append: indexing an
 * 8 KB prompt costs about as much as the rest of the append, and an inspection waits for its append.
 * `fts_progress.last_seq` says how far the index has caught up; searches catch up first, so they are
 * exact, and a long-running writer catches up a slice at a time once appends pause (see `IndexTimer`). It
 * indexes on the connection that stores the events (in the gateway, the session log's store thread), between
 * its own writes, so its batches never wait for the index; a direct append on the log's own thread may wait
 * for one short indexing transaction.
 */
export const FTS_CATCH_UP = {
  /** Rows per transaction: short write locks, so an append never waits long behind indexing. */
  batch: 16,
  pending: 'SELECT seq, masked_text FROM events WHERE seq > (SELECT last_seq FROM fts_progress) ORDER BY seq LIMIT ?',
  insert: 'INSERT INTO events_fts (rowid, masked_text) VALUES (?, ?)',
  advance: 'UPDATE fts_progress SET last_seq = ?',
} as const;

/**
 * Indexes the events not yet in the index, at most about `maxRows` of them (all by default); returns how
 * many. Safe to run from several connections.
 */
export function catchUpFullTextIndex(db: SqliteDatabase, maxRows = Infinity): number {
  const pending = db.prepare<[number], { seq: number; masked_text: string }>(FTS_CATCH_UP.pending);
  const insert = db.prepare<[number, string]>(FTS_CATCH_UP.insert);
  const advance = db.prepare<[number]>(FTS_CATCH_UP.advance);
  const step = db.transaction((): number => {
    const rows = pending.all(FTS_CATCH_UP.batch);
    for (const row of rows) insert.run(row.seq, row.masked_text);
    if (rows.length > 0) advance.run(rows[rows.length - 1]!.seq);
    return rows.length;
  });
  let total = 0;
  while (total < maxRows) {
    const indexed = step.immediate();
    if (indexed === 0) break;
    total += indexed;
  }
  return total;
}
