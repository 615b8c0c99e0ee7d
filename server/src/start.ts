import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { AdminTokens } from './auth/admin-tokens';
import { OidcVerifier, type OidcOptions } from './auth/oidc-verifier';
import { ApprovalStore } from './approvals/approval-store';
import { startApprovalWebhook } from './approvals/webhook';
import { AuditStore } from './audit/audit-store';
import { startAuditRetention } from './audit/retention';
import { siemCursor, startSiemForwarder, type SiemOptions } from './audit/siem-forwarder';
import type { ServerServices } from './context';
import { openServerDb } from './db/open-db';
import { DeviceStore } from './enroll/device-store';
import { createHttpServer } from './http-server';
import { KeySealer } from './keys/key-sealer';
import { KeyStore } from './keys/key-store';
import { resolveMasterKey, type MasterKeySource } from './keys/master-key';
import { BundlePublisher } from './policy/bundle-publisher';
import type { SignedBundle } from './policy/bundle';
import { PolicyStore } from './policy/policy-store';
import { serverRoutes } from './routes';
import { reportGuesses } from './security/report-guesses';

/** How long a shutting-down server lets requests in flight finish before it closes their connections. */
const SHUTDOWN_GRACE_MS = 3000;

export interface ServerOptions {
  dataDir: string;
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

/** Opens the data directory, makes sure a signing key and policy version 1 exist, and listens. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const now = options.now ?? Date.now;
  const onError = options.onError ?? ((error: unknown, where: string) => console.error(`promptgate-server: ${where}:`, error));
  const db = openServerDb(options.dataDir);
  const shutdown = new AbortController();
  let keys: KeyStore;
  let publisher: BundlePublisher | undefined;
  try {
    keys = new KeyStore(db, new KeySealer(resolveMasterKey(options.dataDir, options.masterKey ?? {}, KeyStore.hasSealedKeys(db))), now);
    keys.sealAll();
    publisher = options.publishDir === undefined ? undefined : new BundlePublisher(options.publishDir);
  } catch (error) {
    db.close();
    throw error;
  }
  const audit = new AuditStore(db, now);
  // A bundle that fails to publish is still served here: said loudly, and written again with the next one.
  const publish = (bundle: SignedBundle) => {
    try {
      publisher?.publish(bundle);
    } catch (error) {
      onError(error, `publishing policy bundle version ${bundle.version} to ${options.publishDir ?? ''}`);
    }
  };
  const services: ServerServices = {
    keys,
    policies: new PolicyStore(db, keys, now, publish),
    devices: new DeviceStore(db, now),
    approvals: new ApprovalStore(db, now),
    audit,
    adminTokens: new AdminTokens(db, now, !options.oidc || options.keepAdminTokens === true),
    oidc: options.oidc ? new OidcVerifier(options.oidc, now) : undefined,
    reportGuess: reportGuesses(audit, options.webhookUrl, onError),
    shutdown: shutdown.signal,
    policyPollSeconds: options.policyPollSeconds ?? 60,
    now,
  };
  try {
    // At start a publish directory that cannot be written is an error the operator sees before anything runs.
    const current = await services.policies.currentBundle();
    publisher?.publish(current);
  } catch (error) {
    db.close();
    throw error;
  }
  const firstAdminToken = options.oidc ? undefined : services.adminTokens.ensureFirst();

  const stops: Array<() => void> = [];
  if (options.webhookUrl) stops.push(startApprovalWebhook(services.approvals, options.webhookUrl, onError));
  if (options.siem) stops.push(startSiemForwarder(db, services.audit, options.siem, onError));
  if (options.auditRetentionDays !== undefined) {
    const forwardedUpTo = options.siem ? () => siemCursor(db) : undefined;
    stops.push(startAuditRetention(audit, { days: options.auditRetentionDays, now, onError, ...(forwardedUpTo ? { forwardedUpTo } : {}) }));
  }
  const sweeper = setInterval(() => services.approvals.sweep(), 1000);
  sweeper.unref();
  const flushLastSeen = () => {
    try {
      services.devices.flushLastSeen();
    } catch (error) {
      onError(error, 'writing last-seen times');
    }
  };
  const lastSeenFlusher = setInterval(flushLastSeen, options.lastSeenFlushMs ?? 5000);
  lastSeenFlusher.unref();

  const tls = options.tls && { cert: readFileSync(options.tls.certFile), key: readFileSync(options.tls.keyFile) };
  const server = createHttpServer(services, serverRoutes(), onError, tls);
  const host = options.host ?? '127.0.0.1';
  server.listen(options.port ?? DEFAULT_SERVER_PORT, host);
  try {
    await once(server, 'listening');
  } catch (error) {
    clearInterval(sweeper);
    clearInterval(lastSeenFlusher);
    db.close();
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
        clearInterval(sweeper);
        for (const stop of stops) stop();
        server.closeIdleConnections();
        // Long-polls answered by the abort leave their keep-alive connections idle a moment later, and a client
        // may ask again on them at once: close idle ones as they appear, and cut whatever is still open after a
        // grace period, so shutdown never waits on a client.
        const sweep = setInterval(() => server.closeIdleConnections(), 25);
        const cut = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
        await closed;
        clearInterval(sweep);
        clearTimeout(cut);
        clearInterval(lastSeenFlusher);
        flushLastSeen();
        db.close();
      })();
      return closing;
    },
  };
}
