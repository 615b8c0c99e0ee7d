import { dataFile, ensureDataDir } from '../log/data-dir';
import { migrate, type Migration } from '../log/migrations';
import { openSqlite, type SqliteDatabase } from '../log/sqlite';

/**
 * Tokens and pairing codes live in their own file, `auth.db`, apart from the session log: the log is
 * exported, shipped, pruned and may be deleted by the person, none of which should unpair their browser;
 * and the CLI can manage tokens without touching the log's hash chain or its migrations.
 */
const v1: Migration = (db) => {
  db.exec(`
    CREATE TABLE tokens (
      kind TEXT NOT NULL CHECK (kind IN ('extension', 'sdk')),
      name TEXT NOT NULL,
      token_hash TEXT NOT NULL UNIQUE,
      created_at INTEGER NOT NULL,
      last_used_at INTEGER,
      PRIMARY KEY (kind, name)
    ) STRICT;
    CREATE TABLE pairing_codes (
      code_hash TEXT PRIMARY KEY,
      issued_at INTEGER NOT NULL,
      expires_at INTEGER NOT NULL,
      used_at INTEGER,
      used_by TEXT
    ) STRICT;
    -- Failed redemptions, kept in the database so the limit holds across gateway restarts.
    CREATE TABLE pairing_failures (
      id INTEGER PRIMARY KEY,
      at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX pairing_failures_by_time ON pairing_failures (at);
  `);
};

export function openAuthDb(dataDir: string): SqliteDatabase {
  ensureDataDir(dataDir);
  // FULL: a token the CLI printed must still exist after a power cut; auth writes are rare, so it costs nothing.
  const db = openSqlite(dataFile(dataDir, 'auth'), { synchronous: 'FULL' });
  try {
    migrate(db, [v1], 'auth database');
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
