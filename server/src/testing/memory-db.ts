import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openServerDb, type Db } from '../db/open-db';

/** A fresh server database in its own temporary directory, and a clock tests move by hand. */
export function testDb(): { db: Db; clock: { now: () => number; advance(ms: number): void } } {
  const db = openServerDb(mkdtempSync(join(tmpdir(), 'pg-server-unit-')));
  let t = Date.UTC(2026, 0, 15, 9, 0, 0);
  return { db, clock: { now: () => t, advance: (ms) => void (t += ms) } };
}
