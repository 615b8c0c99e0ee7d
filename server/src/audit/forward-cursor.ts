import type { SqlExecutor } from '../db/sql';

/**
 * Where a forwarder stands in the audit trail: everything at or before it was delivered. On SQLite one writer
 * at a time means `seq` is commit order, so `seq` alone is the position. On PostgreSQL a sequence value is taken
 * when a row is written, not when it commits: a transaction that writes seq 5 and commits after another one wrote
 * and committed seq 6 would be skipped by a `seq > 6` cursor. There the position is `(tx, seq)`, the writing
 * transaction's id first, read only below the oldest transaction still running, so nothing can still commit
 * behind it.
 */
export interface ForwardCursor {
  seq: number;
  /** The writing transaction (PostgreSQL `xid8`, as decimal text); `'0'` on SQLite and before the first event. */
  tx: string;
}

export const CURSOR_START: ForwardCursor = { seq: 0, tx: '0' };

/** Where the named cursor stands; it is created at the start the first time. */
export async function readForwardCursor(db: SqlExecutor, name: string): Promise<ForwardCursor> {
  const row =
    db.engine === 'sqlite'
      ? await db.get<ForwardCursor>("SELECT seq, '0' AS tx FROM forward_cursor WHERE name = ?", [name])
      : await db.get<ForwardCursor>('SELECT seq, tx::text AS tx FROM forward_cursor WHERE name = ?', [name]);
  if (row) return row;
  await db.run('INSERT INTO forward_cursor (name, seq) VALUES (?, 0) ON CONFLICT (name) DO NOTHING', [name]);
  return CURSOR_START;
}

/**
 * Moves the cursor from `from` to `to`; false when it no longer stood at `from` (another replica's forwarder
 * moved it: this one lost its turn and must read the cursor again rather than move it back).
 */
export async function moveForwardCursor(db: SqlExecutor, name: string, from: ForwardCursor, to: ForwardCursor): Promise<boolean> {
  const result =
    db.engine === 'sqlite'
      ? await db.run('UPDATE forward_cursor SET seq = ? WHERE name = ? AND seq = ?', [to.seq, name, from.seq])
      : await db.run('UPDATE forward_cursor SET seq = ?, tx = ?::xid8 WHERE name = ? AND seq = ? AND tx = ?::xid8', [to.seq, to.tx, name, from.seq, from.tx]);
  return result.changes === 1;
}

/** The condition, on `audit_events`, of an event after `cursor` (not yet forwarded). */
export function cursorCondition(engine: SqlExecutor['engine'], cursor: ForwardCursor): { sql: string; args: Array<string | number> } {
  return engine === 'sqlite' ? { sql: 'seq > ?', args: [cursor.seq] } : { sql: '(tx, seq) > (?::xid8, ?)', args: [cursor.tx, cursor.seq] };
}
