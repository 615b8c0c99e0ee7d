import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SERVER_PORT, startServer, type ServerOptions } from '../start';
import { checkDatabaseUrl, DatabaseUnavailableError, DatabaseUrlError } from '../database-url';
import { MasterKeyMismatchError } from '../keys/key-sealer';
import { MasterKeyError } from '../keys/master-key';
import { S3BundlePublisher, s3CredentialsFromEnv, type S3PublishOptions } from '../policy/s3-publisher';
import { UsageError, writeLine, type CliIo } from './io';

export const serveUsage = `promptgate-server [--port 8788] [--host 127.0.0.1] [--data-dir DIR] [--database postgres://...]
    [--oidc-issuer URL --oidc-audience AUD [--oidc-groups-claim groups] [--admin-group G]... [--approver-group G]...
    [--oidc-ui-client-id ID]] [--keep-admin-tokens] [--webhook-url URL] [--siem-url URL [--siem-authorization VALUE]]
    [--tls-cert FILE --tls-key FILE] [--master-key-file FILE] [--policy-poll-seconds 60]
    [--audit-retention-days N] [--publish-dir DIR] [--publish-s3 s3://BUCKET/PREFIX [--s3-region R] [--s3-endpoint URL]]
    [--behind-proxy]
  Starts the org policy server. Without --oidc-issuer it runs in quick-start mode and prints an admin token once.
  With --oidc-issuer, quick-start admin tokens are refused unless --keep-admin-tokens is given.
  --oidc-ui-client-id: a public client (PKCE, redirect URI <server URL>/admin/ui/) for signing in to the admin UI.
  --tls-cert/--tls-key (PEM) make it speak HTTPS: use them whenever --host is not a loopback address.
  --database (or DATABASE_URL): PostgreSQL, e.g. postgres://USER:PASSWORD@HOST:5432/DATABASE, shared by any number
  of replicas; without it the server keeps SQLite in DIR/server.db (one process). DIR is still where the master key
  file is made and read: with several replicas give each the same PROMPTGATE_SERVER_MASTER_KEY (or --master-key-file).
  Signing keys are encrypted with a master key: PROMPTGATE_SERVER_MASTER_KEY, else --master-key-file, else
  DIR/master.key (made on first start). --policy-poll-seconds: how often gateways poll while push is down.
  --audit-retention-days: delete audit events older than N days (default: keep them all).
  --publish-dir: also write each signed policy bundle there (<version>.jws, current.jws) for a static host or CDN.
  --publish-s3: also put them into an S3-compatible bucket (credentials from AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY
  and AWS_SESSION_TOKEN; --s3-region, default us-east-1; --s3-endpoint for MinIO, R2 and the like).
  --behind-proxy: requests reach this server only through a reverse proxy, which sets X-Forwarded-For; guessing
  limits then count each client's address instead of the proxy's. Never give it on a server clients reach directly.
  Every flag also reads PROMPTGATE_SERVER_<FLAG> from the environment (e.g. PROMPTGATE_SERVER_OIDC_ISSUER).`;

const options = {
  port: { type: 'string' },
  host: { type: 'string' },
  'data-dir': { type: 'string' },
  database: { type: 'string' },
  'oidc-issuer': { type: 'string' },
  'oidc-audience': { type: 'string' },
  'oidc-groups-claim': { type: 'string' },
  'oidc-ui-client-id': { type: 'string' },
  'admin-group': { type: 'string', multiple: true },
  'approver-group': { type: 'string', multiple: true },
  'keep-admin-tokens': { type: 'boolean' },
  'webhook-url': { type: 'string' },
  'siem-url': { type: 'string' },
  'siem-authorization': { type: 'string' },
  'tls-cert': { type: 'string' },
  'tls-key': { type: 'string' },
  'master-key-file': { type: 'string' },
  'policy-poll-seconds': { type: 'string' },
  'audit-retention-days': { type: 'string' },
  'publish-dir': { type: 'string' },
  'publish-s3': { type: 'string' },
  's3-region': { type: 'string' },
  's3-endpoint': { type: 'string' },
  'behind-proxy': { type: 'boolean' },
} as const;

function fromEnv(env: NodeJS.ProcessEnv, flag: string): string | undefined {
  return env[`PROMPTGATE_SERVER_${flag.toUpperCase().replace(/-/g, '_')}`];
}

export function defaultServerDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env['XDG_DATA_HOME'] ?? join(homedir(), '.local', 'share'), 'promptgate-server');
}

export function serveOptions(args: string[], env: NodeJS.ProcessEnv = process.env): ServerOptions {
  const { values } = parseArgs({ args, options });
  const get = (flag: Exclude<keyof typeof options, 'keep-admin-tokens' | 'behind-proxy'>) => {
    const value = values[flag];
    return (Array.isArray(value) ? value[0] : value) ?? fromEnv(env, flag);
  };
  const list = (flag: 'admin-group' | 'approver-group') =>
    values[flag] ??
    fromEnv(env, flag)
      ?.split(',')
      .map((g) => g.trim())
      .filter(Boolean);
  const port = Number(get('port') ?? DEFAULT_SERVER_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be 0-65535');
  const issuer = get('oidc-issuer');
  const audience = get('oidc-audience');
  if (issuer && !audience) throw new UsageError('--oidc-issuer needs --oidc-audience');
  const adminGroups = list('admin-group');
  const approverGroups = list('approver-group');
  const groupsClaim = get('oidc-groups-claim');
  const uiClientId = get('oidc-ui-client-id');
  if (uiClientId && !issuer) throw new UsageError('--oidc-ui-client-id needs --oidc-issuer');
  const siemUrl = get('siem-url');
  const siemAuthorization = get('siem-authorization');
  const webhookUrl = get('webhook-url');
  const keepAdminTokens = values['keep-admin-tokens'] ?? /^(1|true|yes)$/i.test(fromEnv(env, 'keep-admin-tokens') ?? '');
  const tlsCert = get('tls-cert');
  const tlsKey = get('tls-key');
  if (Boolean(tlsCert) !== Boolean(tlsKey)) throw new UsageError('--tls-cert and --tls-key go together');
  const masterKeyFile = get('master-key-file');
  const masterKey = env['PROMPTGATE_SERVER_MASTER_KEY'];
  const pollSeconds = Number(get('policy-poll-seconds') ?? 60);
  if (!Number.isInteger(pollSeconds) || pollSeconds < 5 || pollSeconds > 3600) throw new UsageError('--policy-poll-seconds must be 5-3600');
  const retention = get('audit-retention-days');
  const retentionDays = retention === undefined ? undefined : Number(retention);
  if (retentionDays !== undefined && (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > 36_500))
    throw new UsageError('--audit-retention-days must be a whole number of days, 1-36500');
  const publishDir = get('publish-dir');
  const publishS3 = s3Option(get('publish-s3'), get('s3-region'), get('s3-endpoint'), env);
  const behindProxy = values['behind-proxy'] ?? /^(1|true|yes)$/i.test(fromEnv(env, 'behind-proxy') ?? '');
  const databaseUrl = get('database') ?? env['DATABASE_URL'];
  return {
    port,
    host: get('host') ?? '127.0.0.1',
    dataDir: get('data-dir') ?? defaultServerDataDir(env),
    ...(databaseUrl ? { databaseUrl: databaseUrlOption(databaseUrl) } : {}),
    ...(issuer && audience
      ? {
          oidc: {
            issuer,
            audience,
            ...(groupsClaim ? { groupsClaim } : {}),
            ...(uiClientId ? { uiClientId } : {}),
            ...(adminGroups ? { adminGroups } : {}),
            ...(approverGroups ? { approverGroups } : {}),
          },
        }
      : {}),
    ...(webhookUrl ? { webhookUrl } : {}),
    ...(keepAdminTokens ? { keepAdminTokens } : {}),
    ...(tlsCert && tlsKey ? { tls: { certFile: tlsCert, keyFile: tlsKey } } : {}),
    masterKey: { ...(masterKey ? { value: masterKey } : {}), ...(masterKeyFile ? { file: masterKeyFile } : {}) },
    policyPollSeconds: pollSeconds,
    ...(retentionDays !== undefined ? { auditRetentionDays: retentionDays } : {}),
    ...(publishDir ? { publishDir } : {}),
    ...(publishS3 ? { publishS3 } : {}),
    ...(behindProxy ? { behindProxy } : {}),
    ...(siemUrl ? { siem: { url: siemUrl, ...(siemAuthorization ? { authorization: siemAuthorization } : {}) } } : {}),
  };
}

/** `--publish-s3` and its companions, checked now: a target, region or endpoint that cannot work is a usage error. */
function s3Option(target: string | undefined, region: string | undefined, endpoint: string | undefined, env: NodeJS.ProcessEnv): S3PublishOptions | undefined {
  if (target === undefined) {
    if (region !== undefined || endpoint !== undefined) throw new UsageError('--s3-region and --s3-endpoint go with --publish-s3');
    return undefined;
  }
  if (region !== undefined && !/^[a-z0-9-]{2,40}$/.test(region)) throw new UsageError('--s3-region: not a region name (e.g. eu-central-1)');
  if (endpoint !== undefined && !/^https?:\/\/[^\s/]+/.test(endpoint)) throw new UsageError('--s3-endpoint: an http(s) URL, e.g. https://minio.internal:9000');
  try {
    const options: S3PublishOptions = { target, credentials: s3CredentialsFromEnv(env), ...(region ? { region } : {}), ...(endpoint ? { endpoint } : {}) };
    new S3BundlePublisher(options);
    return options;
  } catch (error) {
    throw new UsageError(`--publish-s3: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A URL that does not parse is the operator's to fix: one line that never repeats the URL (it may hold a password). */
export function databaseUrlOption(url: string): string {
  try {
    return checkDatabaseUrl(url);
  } catch (error) {
    if (error instanceof DatabaseUrlError) throw new UsageError(`--database / DATABASE_URL: ${error.message}`);
    throw error;
  }
}

export async function serveCommand(args: string[], io: CliIo): Promise<number> {
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer(serveOptions(args));
  } catch (error) {
    // A missing or wrong master key, or a database that cannot be reached, is the operator's to fix: one line, no stack.
    if (error instanceof MasterKeyError || error instanceof MasterKeyMismatchError || error instanceof DatabaseUnavailableError) throw new UsageError(error.message);
    throw error;
  }
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
