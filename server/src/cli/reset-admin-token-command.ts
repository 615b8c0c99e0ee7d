import { parseArgs } from 'node:util';
import { AdminTokens } from '../auth/admin-tokens';
import { openServerDb } from '../db/open-db';
import { writeLine, type CliIo } from './io';
import { defaultServerDataDir } from './serve-command';

export const resetAdminTokenUsage = `promptgate-server reset-admin-token [--data-dir DIR]
  Replaces a lost quick-start admin token: every quick-start token stops working and a new one is printed
  once. Works on the server's data directory (a running server accepts the new token at once).`;

export function resetAdminTokenCommand(args: string[], io: CliIo): number {
  const { values } = parseArgs({ args, options: { 'data-dir': { type: 'string' } } });
  const db = openServerDb(values['data-dir'] ?? defaultServerDataDir());
  try {
    const token = new AdminTokens(db).replaceAll();
    writeLine(io.stdout, token);
    writeLine(io.stderr, 'New quick-start admin token (shown once; keep it). Earlier quick-start tokens no longer work.');
    return 0;
  } finally {
    db.close();
  }
}
