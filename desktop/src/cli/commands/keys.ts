import { parseArgs } from 'node:util';
import { ProviderKeyStore } from '../../gateway/provider-keys/provider-key-store';
import { InvalidProviderKeyError, isProvider, PROVIDERS, type Provider } from '../../gateway/provider-keys/providers';
import { defaultDataDir } from '../data-dir';
import { UsageError } from '../errors';
import { writeLine, type CliIo } from '../io';
import { readSecret } from '../read-secret';

export const keysUsage = `promptgate keys set openai|anthropic [--data-dir DIR]
  Reads the provider's API key from stdin (typed without echo, or piped) and stores it encrypted in the data
  directory. A running gateway uses it from its next request on; SDK clients never see it.
promptgate keys list [--data-dir DIR]
  Which providers have a key (never the key itself).
promptgate keys remove openai|anthropic [--data-dir DIR]`;

function providerArg(value: string | undefined): Provider {
  if (!isProvider(value)) throw new UsageError(`name the provider: ${PROVIDERS.join(' or ')}`);
  return value;
}

export async function keysCommand(args: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  const { values, positionals } = parseArgs({ args: rest, options: { 'data-dir': { type: 'string' } }, allowPositionals: true });
  if (action !== 'set' && action !== 'list' && action !== 'remove') throw new UsageError('keys takes "set", "list" or "remove"');
  if (positionals.length > (action === 'list' ? 0 : 1)) {
    // A key given as an argument would already be in the shell history: say so rather than store it.
    throw new UsageError('too many arguments (the key is read from stdin, never from the command line)');
  }
  const store = ProviderKeyStore.open(values['data-dir'] ?? defaultDataDir());
  if (action === 'list') {
    const set = store.list();
    for (const provider of PROVIDERS) writeLine(io.stdout, `${provider.padEnd(10)} ${set[provider] ? 'set' : 'not set'}`);
    return 0;
  }
  const provider = providerArg(positionals[0]);
  if (action === 'remove') {
    if (!store.remove(provider)) throw new UsageError(`no ${provider} key is set`);
    writeLine(io.stdout, `removed the ${provider} key`);
    return 0;
  }
  const key = await readSecret(io.stdin, `${provider} API key (input hidden): `, io.stderr);
  try {
    store.set(provider, key);
  } catch (error) {
    if (error instanceof InvalidProviderKeyError) throw new UsageError(error.message);
    throw error;
  }
  writeLine(io.stdout, `stored the ${provider} key; a running gateway uses it from its next request`);
  return 0;
}
