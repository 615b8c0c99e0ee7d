import type { SqlDatabase, SqlEngine } from '../db/sql';
import { openTestDatabase } from './engines';

/** A fresh server database of `engine` (its own temporary SQLite file, or its own PostgreSQL database), and a clock tests move by hand. */
export async function testDb(engine: SqlEngine = 'sqlite'): Promise<{ db: SqlDatabase; clock: { now: () => number; advance(ms: number): void } }> {
  const db = await openTestDatabase(engine);
  let t = Date.UTC(2026, 0, 15, 9, 0, 0);
  return { db, clock: { now: () => t, advance: (ms) => void (t += ms) } };
}
