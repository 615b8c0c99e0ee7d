import { parseArgs } from 'node:util';
import { AdminTokens } from '../auth/admin-tokens';
import { databaseUnavailable } from '../database-url';
import { openDatabase } from '../db/open-database';
import type { SqlDatabase } from '../db/sql';
import { UsageError, writeLine, type CliIo } from './io';
import { databaseUrlOption, defaultServerDataDir } from './serve-command';

export const resetAdminTokenUsage = `promptgate-server reset-admin-token [--data-dir DIR] [--database postgres://...]
  Replaces a lost quick-start admin token: every quick-start token stops working and a new one is printed
  once. Works on the server's database (SQLite in DIR, or PostgreSQL with --database or DATABASE_URL);
  a running server accepts the new token at once.`;

export async function resetAdminTokenCommand(args: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values } = parseArgs({ args, options: { 'data-dir': { type: 'string' }, database: { type: 'string' } } });
  const given = values.database ?? env['PROMPTGATE_SERVER_DATABASE'] ?? env['DATABASE_URL'];
  const url = given ? databaseUrlOption(given) : undefined;
  let db: SqlDatabase;
  try {
    db = await openDatabase({ dataDir: values['data-dir'] ?? defaultServerDataDir(env), ...(url ? { url } : {}) });
  } catch (error) {
    if (url === undefined) throw error;
    throw new UsageError(databaseUnavailable(url, error).message);
  }
  try {
    const token = await new AdminTokens(db).replaceAll();
    writeLine(io.stdout, token);
    writeLine(io.stderr, 'New quick-start admin token (shown once; keep it). Earlier quick-start tokens no longer work.');
    return 0;
  } finally {
    await db.close();
  }
}
