import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { faultOf } from './faults';
import type { SqliteDatabase } from './sqlite';

/** A database file that could not be read, and where it went. */
export interface SetAside {
  /** One line: what is wrong with the file. */
  problem: string;
  /** File name (in the data directory) the damaged database now has. */
  movedTo: string;
  at: number;
}

/**
 * Opens the database; if SQLite cannot read it (not a database, a truncated file, damaged pages), moves it
 * and its WAL aside under a name with the time, keeps them for inspection, and opens a new, empty one. A
 * gateway that refused to start, or started on a file that fails half its queries, would enforce nothing.
 * `quick_check` reads every page once, so a large log costs a moment at start; it is the only way to find
 * damage in pages no startup query happens to touch.
 */
export function openOrSetAside(file: string, open: () => SqliteDatabase, now: () => number): { db: SqliteDatabase; setAside?: SetAside } {
  let problem: string;
  try {
    const db = open();
    const damage = firstDamage(db);
    if (damage === undefined) return { db };
    db.close();
    problem = damage;
  } catch (error) {
    if (faultOf(error) !== 'damaged') throw error;
    problem = oneLine(error instanceof Error ? error.message : String(error));
  }
  const at = now();
  const movedTo = moveAside(file, at);
  const message = `the session log database was damaged (${problem}); it was moved to ${movedTo} and a new log was started`;
  return { db: open(), setAside: { problem: message, movedTo, at } };
}

function firstDamage(db: SqliteDatabase): string | undefined {
  try {
    const result = db.pragma('quick_check(1)', { simple: true });
    return result === 'ok' ? undefined : oneLine(String(result));
  } catch (error) {
    if (faultOf(error) !== 'damaged') throw error;
    return error instanceof Error ? error.message : String(error);
  }
}

/** SQLite's report as one line: "*** in database main ***\nTree 6 page 48: ..." becomes "Tree 6 page 48: ...". */
function oneLine(report: string): string {
  return report
    .replace(/\*\*\* in database \w+ \*\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `session-log.db` becomes `session-log.damaged-<time>.db`, its WAL alongside; the shared-memory index is only a cache. */
function moveAside(file: string, at: number): string {
  const stamp = new Date(at).toISOString().replace(/[:.]/g, '-');
  const name = basename(file).replace(/\.db$/, '');
  const target = join(dirname(file), `${name}.damaged-${stamp}.db`);
  renameSync(file, target);
  if (existsSync(`${file}-wal`)) renameSync(`${file}-wal`, `${target}-wal`);
  rmSync(`${file}-shm`, { force: true });
  return basename(target);
}
