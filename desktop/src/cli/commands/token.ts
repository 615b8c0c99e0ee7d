import { parseArgs } from 'node:util';
import { AuthError, openAuth } from '../../auth';
import { defaultDataDir } from '../data-dir';
import { UsageError } from '../errors';
import { writeLine, type CliIo } from '../io';

export const tokenUsage = `promptgate token create --kind extension|sdk --name NAME [--data-dir DIR]
  Prints a new token; a running gateway accepts it at once. Shown once: only its hash is stored.
promptgate token list [--data-dir DIR]
promptgate token revoke NAME [--kind extension|sdk] [--data-dir DIR]
  Without --kind, revokes the extension and the sdk token of that name, and says which it found.`;

function kindOf(value: string | undefined, required: boolean): 'extension' | 'sdk' | undefined {
  if (value === undefined && !required) return undefined;
  if (value !== 'extension' && value !== 'sdk') throw new UsageError('--kind must be "extension" or "sdk"');
  return value;
}

export async function tokenCommand(args: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    options: { kind: { type: 'string' }, name: { type: 'string' }, 'data-dir': { type: 'string' } },
    allowPositionals: true,
  });
  if (action !== 'create' && action !== 'list' && action !== 'revoke') throw new UsageError('token takes "create", "list" or "revoke"');
  const auth = openAuth(values['data-dir'] ?? defaultDataDir());
  try {
    if (action === 'create') {
      if (!values.name) throw new UsageError('--name is required');
      writeLine(io.stdout, auth.tokens.create(kindOf(values.kind, true)!, values.name));
      return 0;
    }
    if (action === 'list') {
      const tokens = auth.tokens.list();
      if (tokens.length === 0) writeLine(io.stderr, 'no tokens (create one with promptgate token create --kind extension|sdk --name NAME)');
      for (const token of tokens) {
        const used = token.lastUsedAt ? new Date(token.lastUsedAt).toISOString() : 'never used';
        writeLine(io.stdout, `${token.kind.padEnd(9)} ${token.name.padEnd(30)} created ${new Date(token.createdAt).toISOString()}  ${used}`);
      }
      return 0;
    }
    const name = positionals[0] ?? values.name;
    if (!name) throw new UsageError('revoke takes the token NAME');
    const kind = kindOf(values.kind, false);
    const removed = auth.tokens.revoke(name, kind);
    if (removed.length === 0) throw new UsageError(`no ${kind ? `${kind} ` : ''}token named "${name}"`);
    writeLine(io.stdout, `revoked ${removed.map((revoked) => `${revoked} token "${name}"`).join(' and ')}`);
    return 0;
  } catch (error) {
    if (error instanceof AuthError) throw new UsageError(error.message);
    throw error;
  } finally {
    auth.close();
  }
}
