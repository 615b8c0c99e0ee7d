import { closeSync, openSync } from 'node:fs';
import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;

export interface OpenSqliteOptions {
  /**
   * `FULL` fsyncs the WAL on every commit, so a committed row survives power loss, not only a crash of
   * the process. `NORMAL` may lose the last commits on power loss (never corrupts).
   */
  synchronous: 'FULL' | 'NORMAL';
}

/**
 * Opens (creating if needed) a SQLite file in WAL mode. The file is created 0600 before SQLite touches it:
 * SQLite gives its -wal and -shm files the database file's permissions, so all three stay owner-only.
 */
export function openSqlite(file: string, options: OpenSqliteOptions): SqliteDatabase {
  closeSync(openSync(file, 'a', 0o600));
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${options.synchronous}`);
    // Another process (the CLI next to the gateway) may hold the write lock for a moment.
    db.pragma('busy_timeout = 5000');
    // Deleted rows (retention, revoked tokens) are overwritten, not left readable in free pages.
    db.pragma('secure_delete = ON');
    db.pragma('foreign_keys = ON');
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** Folds the WAL back into the database file and closes; the next open starts from a small file. */
export function closeSqlite(db: SqliteDatabase): void {
  if (!db.open) return;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}
