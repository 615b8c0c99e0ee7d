import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SERVER_PORT, startServer, type ServerOptions } from '../start';
import { UsageError, writeLine, type CliIo } from './io';

export const serveUsage = `promptgate-server [--port 8788] [--host 127.0.0.1] [--data-dir DIR]
    [--oidc-issuer URL --oidc-audience AUD [--oidc-groups-claim groups] [--admin-group G]... [--approver-group G]...]
    [--keep-admin-tokens] [--webhook-url URL] [--siem-url URL [--siem-authorization VALUE]]
  Starts the org policy server. Without --oidc-issuer it runs in quick-start mode and prints an admin token once.
  With --oidc-issuer, quick-start admin tokens are refused unless --keep-admin-tokens is given.
  Every flag also reads PROMPTGATE_SERVER_<FLAG> from the environment (e.g. PROMPTGATE_SERVER_OIDC_ISSUER).`;

const options = {
  port: { type: 'string' },
  host: { type: 'string' },
  'data-dir': { type: 'string' },
  'oidc-issuer': { type: 'string' },
  'oidc-audience': { type: 'string' },
  'oidc-groups-claim': { type: 'string' },
  'admin-group': { type: 'string', multiple: true },
  'approver-group': { type: 'string', multiple: true },
  'keep-admin-tokens': { type: 'boolean' },
  'webhook-url': { type: 'string' },
  'siem-url': { type: 'string' },
  'siem-authorization': { type: 'string' },
} as const;

function fromEnv(env: NodeJS.ProcessEnv, flag: string): string | undefined {
  return env[`PROMPTGATE_SERVER_${flag.toUpperCase().replace(/-/g, '_')}`];
}

export function defaultServerDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env['XDG_DATA_HOME'] ?? join(homedir(), '.local', 'share'), 'promptgate-server');
}

export function serveOptions(args: string[], env: NodeJS.ProcessEnv = process.env): ServerOptions {
  const { values } = parseArgs({ args, options });
  const get = (flag: Exclude<keyof typeof options, 'keep-admin-tokens'>) => {
    const value = values[flag];
    return (Array.isArray(value) ? value[0] : value) ?? fromEnv(env, flag);
  };
  const list = (flag: 'admin-group' | 'approver-group') => values[flag] ?? fromEnv(env, flag)?.split(',').map((g) => g.trim()).filter(Boolean);
  const port = Number(get('port') ?? DEFAULT_SERVER_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be 0-65535');
  const issuer = get('oidc-issuer');
  const audience = get('oidc-audience');
  if (issuer && !audience) throw new UsageError('--oidc-issuer needs --oidc-audience');
  const adminGroups = list('admin-group');
  const approverGroups = list('approver-group');
  const groupsClaim = get('oidc-groups-claim');
  const siemUrl = get('siem-url');
  const siemAuthorization = get('siem-authorization');
  const webhookUrl = get('webhook-url');
  const keepAdminTokens = values['keep-admin-tokens'] ?? /^(1|true|yes)$/i.test(fromEnv(env, 'keep-admin-tokens') ?? '');
  return {
    port,
    host: get('host') ?? '127.0.0.1',
    dataDir: get('data-dir') ?? defaultServerDataDir(env),
    ...(issuer && audience ? { oidc: { issuer, audience, ...(groupsClaim ? { groupsClaim } : {}), ...(adminGroups ? { adminGroups } : {}), ...(approverGroups ? { approverGroups } : {}) } } : {}),
    ...(webhookUrl ? { webhookUrl } : {}),
    ...(keepAdminTokens ? { keepAdminTokens } : {}),
    ...(siemUrl ? { siem: { url: siemUrl, ...(siemAuthorization ? { authorization: siemAuthorization } : {}) } } : {}),
  };
}

export async function serveCommand(args: string[], io: CliIo): Promise<number> {
  const server = await startServer(serveOptions(args));
  writeLine(io.stdout, `promptgate-server listening on ${server.url}`);
  if (server.firstAdminToken) {
    writeLine(io.stderr, `Quick-start admin token (shown once; keep it): ${server.firstAdminToken}`);
    writeLine(io.stderr, `  Admin UI: ${server.url}/admin/ui/   CLI: PROMPTGATE_ADMIN_TOKEN=... npx promptgate-server admin policy history`);
  }
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}
