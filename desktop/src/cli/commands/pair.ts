import { parseArgs } from 'node:util';
import { openAuth } from '../../auth';
import { defaultDataDir } from '../data-dir';
import { writeLine, type CliIo } from '../io';

export const pairUsage = `promptgate pair [--data-dir DIR]
  Prints a one-time pairing code for the extension's options page (valid for a few minutes, single use).`;

export async function pairCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { 'data-dir': { type: 'string' } } });
  const auth = openAuth(values['data-dir'] ?? defaultDataDir());
  try {
    const { code, expiresAt } = auth.pairing.issue();
    writeLine(io.stdout, code);
    const minutes = Math.round((expiresAt - Date.now()) / 60_000);
    writeLine(io.stderr, `Enter this code in the promptgate extension's options page within ${minutes} minutes.`);
    return 0;
  } finally {
    auth.close();
  }
}
