import { closeSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { PostgresDatabase } from './postgres-database';
import { POSTGRES_MIGRATIONS } from './postgres-schema';
import { SERVER_MIGRATIONS } from './schema';
import type { SqlDatabase } from './sql';
import { SqliteDatabase } from './sqlite-database';

export interface DatabaseOptions {
  /** Where SQLite keeps `server.db` when no `url` is given. */
  dataDir: string;
  /** `postgres://…`: PostgreSQL instead of the embedded SQLite. */
  url?: string;
  maxConnections?: number;
  onError?: (error: unknown) => void;
}

/** Opens the server's database, SQLite or PostgreSQL, and brings its schema up to date. */
export async function openDatabase(options: DatabaseOptions): Promise<SqlDatabase> {
  return options.url === undefined ? openSqlite(options.dataDir) : openPostgres(options);
}

/** `<dataDir>/server.db`: keys, policy versions, devices, approvals, audit. Owner-only, WAL. */
export function openSqlite(dataDir: string): SqliteDatabase {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, 'server.db');
  closeSync(openSync(file, 'a', 0o600));
  const handle = new Database(file);
  try {
    handle.pragma('journal_mode = WAL');
    handle.pragma('synchronous = NORMAL');
    handle.pragma('busy_timeout = 5000');
    handle.pragma('foreign_keys = ON');
    const current = handle.pragma('user_version', { simple: true }) as number;
    for (let version = current; version < SERVER_MIGRATIONS.length; version++) {
      handle.transaction(() => {
        handle.exec(SERVER_MIGRATIONS[version]!);
        handle.pragma(`user_version = ${version + 1}`);
      })();
    }
  } catch (error) {
    handle.close();
    throw error;
  }
  return new SqliteDatabase(handle);
}

/** Replicas may start together: migrations run one replica at a time, under a transaction-scoped advisory lock. */
const MIGRATION_LOCK = 0x70670001;

async function openPostgres(options: DatabaseOptions): Promise<PostgresDatabase> {
  const db = new PostgresDatabase({
    url: options.url!,
    ...(options.maxConnections ? { maxConnections: options.maxConnections } : {}),
    ...(options.onError ? { onError: options.onError } : {}),
  });
  try {
    await db.run('SELECT 1').catch((error: unknown) => {
      throw new Error(`cannot reach the PostgreSQL database at ${describeUrl(options.url!)}: ${error instanceof Error ? error.message : String(error)}`);
    });
    // One transaction: a replica that fails half way leaves the schema as it found it.
    await db.transaction(async (tx) => {
      await tx.run('SELECT pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
      await tx.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)');
      const applied = new Set((await tx.all<{ version: number }>('SELECT version FROM schema_migrations')).map((row) => row.version));
      for (let version = 1; version <= POSTGRES_MIGRATIONS.length; version++) {
        if (applied.has(version)) continue;
        await tx.exec(POSTGRES_MIGRATIONS[version - 1]!);
        await tx.run('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)', [version, Date.now()]);
      }
    });
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/** Host, port and database of a connection URL, never its password. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return '(a URL that does not parse)';
  }
}
