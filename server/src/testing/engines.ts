import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, openSqlite } from '../db/open-database';
import type { SqlDatabase, SqlEngine } from '../db/sql';

/** Both engines the server runs on: every store's tests run on each. */
export const ENGINES: readonly SqlEngine[] = ['sqlite', 'postgres'];

/** Set by the test run's global setup: the URL of a PostgreSQL server where tests may create databases. */
export const TEST_POSTGRES_ENV = 'PROMPTGATE_TEST_POSTGRES_URL';

/** A fresh, migrated database of `engine`: a temporary SQLite file, or a new database on the test PostgreSQL server. */
export async function openTestDatabase(engine: SqlEngine): Promise<SqlDatabase> {
  if (engine === 'sqlite') return openSqlite(mkdtempSync(join(tmpdir(), 'pg-server-unit-')));
  return openDatabase({ dataDir: '', url: await createTestPostgresDatabase() });
}

/** Creates an empty database on the test PostgreSQL server and returns its URL (a server started on it migrates it). */
export async function createTestPostgresDatabase(): Promise<string> {
  const base = process.env[TEST_POSTGRES_ENV];
  if (!base) throw new Error(`${TEST_POSTGRES_ENV} is not set: the test run's global setup starts PostgreSQL and sets it`);
  const name = `t_${randomBytes(8).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}
