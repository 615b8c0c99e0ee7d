import { once } from 'node:events';
import { mkdirSync, readFileSync } from 'node:fs';
import { AdminTokens } from './auth/admin-tokens';
import { OidcVerifier, type OidcOptions } from './auth/oidc-verifier';
import { ApprovalStore } from './approvals/approval-store';
import { AuditStore } from './audit/audit-store';
import type { SiemOptions } from './audit/siem-forwarder';
import type { ServerServices } from './context';
import { changeBusFor, type ChangeBus } from './db/change-bus';
import { openDatabase } from './db/open-database';
import type { SqlDatabase } from './db/sql';
import { DeviceStore } from './enroll/device-store';
import { checkDatabaseUrl, databaseUnavailable } from './database-url';
import { createHttpServer } from './http-server';
import { KeySealer } from './keys/key-sealer';
import { KeyStore } from './keys/key-store';
import { resolveMasterKey, type MasterKeySource } from './keys/master-key';
import { BundlePublisher } from './policy/bundle-publisher';
import { BundleSinks } from './policy/bundle-sinks';
import { S3BundlePublisher, type S3PublishOptions } from './policy/s3-publisher';
import { PolicyStore } from './policy/policy-store';
import { serverRoutes } from './routes';
import { reportGuesses } from './security/report-guesses';
import { startServerJobs } from './server-jobs';

/** How long a shutting-down server lets requests in flight finish before it closes their connections. */
const SHUTDOWN_GRACE_MS = 3000;

export interface ServerOptions {
  /**
   * SQLite keeps its database here (`server.db`); on either engine the default master key file lives here too
   * (`master.key`), unless `masterKey` names one.
   */
  dataDir: string;
  /** `postgres://user:password@host:port/database`: PostgreSQL instead of SQLite in `dataDir` (any number of replicas may share it). */
  databaseUrl?: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Without it the server runs in quick-start mode: a generated admin token, printed once. */
  oidc?: OidcOptions;
  /** With `oidc`: keep accepting quick-start admin tokens (off by default: people sign in with the IdP). */
  keepAdminTokens?: boolean;
  webhookUrl?: string;
  siem?: SiemOptions;
  /** Seals the signing keys at rest; default `<dataDir>/master.key`, made on first start. */
  masterKey?: MasterKeySource;
  /** PEM files: the server speaks HTTPS. */
  tls?: { certFile: string; keyFile: string };
  /** How often gateways poll for policy when their push channel is down; default 60. */
  policyPollSeconds?: number;
  /** How often devices' last-seen times, gathered in memory so a poll writes nothing, are written; default 5000. */
  lastSeenFlushMs?: number;
  /** Audit events older than this many days are deleted (in small batches, on a timer); default: kept. */
  auditRetentionDays?: number;
  /** Every signed bundle is also written here (`<version>.jws` and `current.jws`) for a static host or CDN. */
  publishDir?: string;
  /** ... and put into this S3-compatible bucket. */
  publishS3?: S3PublishOptions;
  /** Requests come only through a reverse proxy: guessing limits count the address in `X-Forwarded-For`. */
  behindProxy?: boolean;
  /** How often a replica tries to take over a singleton job (SIEM forwarder, webhook, ...) another replica ran; default 2000. */
  singletonRetryMs?: number;
  now?: () => number;
  onError?: (error: unknown, where: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  services: ServerServices;
  /** The quick-start admin token, on the first start only (it is stored hashed). */
  firstAdminToken: string | undefined;
  close(): Promise<void>;
}

export const DEFAULT_SERVER_PORT = 8788;

/** Opens the database, makes sure a signing key and policy version 1 exist, starts the background jobs, and listens. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const now = options.now ?? Date.now;
  const onError = options.onError ?? ((error: unknown, where: string) => console.error(`promptgate-server: ${where}:`, error));
  const url = options.databaseUrl === undefined ? undefined : checkDatabaseUrl(options.databaseUrl);
  const db = await openDatabase({ dataDir: options.dataDir, ...(url !== undefined ? { url } : {}), onError: (error) => onError(error, 'database connection') }).catch(
    (error: unknown) => {
      throw url === undefined ? error : databaseUnavailable(url, error);
    },
  );
  let bus: ChangeBus | undefined;
  try {
    bus = await changeBusFor(db, (error) => onError(error, 'listening for changes made by other replicas'));
    return await listen(db, bus, options, now, onError);
  } catch (error) {
    await bus?.close();
    await db.close();
    throw error;
  }
}

async function listen(db: SqlDatabase, bus: ChangeBus, options: ServerOptions, now: () => number, onError: (error: unknown, where: string) => void): Promise<RunningServer> {
  const keys = new KeyStore(db, bus, now, await masterKeySealer(db, options));
  await keys.sealAll();
  const sinks = new BundleSinks(
    [
      ...(options.publishDir === undefined ? [] : [new BundlePublisher(options.publishDir)]),
      ...(options.publishS3 === undefined ? [] : [new S3BundlePublisher(options.publishS3)]),
    ],
    onError,
  );
  const audit = new AuditStore(db, bus, now);
  const shutdown = new AbortController();
  const services: ServerServices = {
    keys,
    policies: new PolicyStore(db, bus, now, keys, (bundle) => sinks.queue(bundle)),
    devices: new DeviceStore(db, bus, now),
    approvals: new ApprovalStore(db, bus, now, { onError }),
    audit,
    adminTokens: new AdminTokens(db, now, !options.oidc || options.keepAdminTokens === true),
    oidc: options.oidc ? new OidcVerifier(options.oidc, now) : undefined,
    reportGuess: reportGuesses(audit, options.webhookUrl, onError),
    shutdown: shutdown.signal,
    policyPollSeconds: options.policyPollSeconds ?? 60,
    behindProxy: options.behindProxy ?? false,
    now,
  };
  // Made (version 1) or read now, not by the first poll; and a publish directory that cannot be written is an error
  // the operator sees before anything runs.
  const current = await services.policies.currentBundle();
  await sinks.publishNow(current);
  const firstAdminToken = options.oidc ? undefined : await services.adminTokens.ensureFirst();

  const tls = options.tls && { cert: readFileSync(options.tls.certFile), key: readFileSync(options.tls.keyFile) };
  // Made before the jobs start: a certificate it refuses then stops the start with nothing left running.
  const server = createHttpServer(services, serverRoutes(), onError, tls);
  // Jobs first, and each singleton's first try at its lock over, before the first request: a lone replica's
  // webhook then hears of the very first hold (on PostgreSQL the lock is taken over a connection of its own).
  const jobs = startServerJobs(db, bus, services, {
    onError,
    ...(options.webhookUrl ? { webhookUrl: options.webhookUrl } : {}),
    ...(options.siem ? { siem: options.siem } : {}),
    ...(options.auditRetentionDays !== undefined ? { auditRetentionDays: options.auditRetentionDays } : {}),
    ...(options.lastSeenFlushMs !== undefined ? { lastSeenFlushMs: options.lastSeenFlushMs } : {}),
    ...(options.singletonRetryMs !== undefined ? { singletonRetryMs: options.singletonRetryMs } : {}),
  });
  await jobs.firstTries;
  const stopJobs = jobs.stop;
  const host = options.host ?? '127.0.0.1';
  server.listen(options.port ?? DEFAULT_SERVER_PORT, host);
  try {
    await once(server, 'listening');
  } catch (error) {
    // The port is taken (or the address is not ours): nothing of this server may keep running.
    await stopJobs();
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  let closing: Promise<void> | undefined;
  return {
    url: `${tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    services,
    firstAdminToken,
    close() {
      closing ??= (async () => {
        const closed = once(server, 'close');
        server.close();
        shutdown.abort();
        server.closeIdleConnections();
        // Long-polls answered by the abort leave their keep-alive connections idle a moment later, and a client
        // may ask again on them at once: close idle ones as they appear, and cut whatever is still open after a
        // grace period, so shutdown never waits on a client.
        const sweep = setInterval(() => server.closeIdleConnections(), 25);
        const cut = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
        await closed;
        clearInterval(sweep);
        clearTimeout(cut);
        await stopJobs();
        await sinks.drain();
        audit.close();
        await bus.close();
        await db.close();
      })();
      return closing;
    },
  };
}

/**
 * The sealer of the signing keys. The master key is the one secret the database does not hold: given to every
 * replica (environment or file), or made in the data directory on the first start of a single server.
 */
async function masterKeySealer(db: SqlDatabase, options: ServerOptions): Promise<KeySealer> {
  const source = options.masterKey ?? {};
  if (source.value === undefined && source.file === undefined) mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  return new KeySealer(resolveMasterKey(options.dataDir, source, await KeyStore.hasSealedKeys(db)));
}
