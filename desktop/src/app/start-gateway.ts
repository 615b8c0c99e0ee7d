import { once } from 'node:events';
import { VaultStore } from '@promptgate/shared';
import { SessionLog, SessionLogError, ensureDataDir, type StoredEvent } from '../log';
import { readPolicyFile } from '../policy/policy-file';
import { ApprovalQueue, type ExpiryTimers } from '../gateway/approvals/approval-queue';
import type { GatewayServices } from '../gateway/context';
import type { GatewayEvent, GatewayHandle } from '../gateway/handle';
import type { GatewayRoute } from '../gateway/http/router';
import { PolicyHolder } from '../gateway/policy-holder';
import { sessionLogRecorder } from '../gateway/recorder';
import { RecentEvents } from '../gateway/recent-events';
import { AgentRuns } from '../gateway/agent-runs';
import { DetectPool, type DetectPoolOptions } from '../gateway/inspect-pool/detect-pool';
import { gatewayRoutes } from '../gateway/routes';
import { createGatewayServer } from '../gateway/server';
import { startExtensionChannel } from '../gateway/channel/start-channel';
import { openAuthStores, type AuthStores } from '../gateway/auth-stores';
import { GATEWAY_VERSION } from '../gateway/api/health';
import { uiRoutes } from '../gateway/ui-api/routes';
import { guardOrgDecision, orgUiRoutes } from '../org/ui-handlers';
import type { UiEvent } from '../gateway/ui-api/deps';
import { createUiAssetLoader } from '../gateway/ui-assets';
import { UiSessions } from '../gateway/ui-sessions';
import { loadOrCreateUiLinkKey } from '../gateway/ui-link/key';
import { uiLinkRoutes } from '../gateway/ui-link/routes';
import { DEFAULT_PORT } from '../gateway/default-port';
import { ProviderKeyStore } from '../gateway/provider-keys/provider-key-store';
import type { Provider, ProviderKeySource } from '../gateway/provider-keys/providers';
import { proxyRefusalBody } from '../gateway/proxy/refusals';
import type { HoldClock } from '../gateway/proxy/reply/hold-clock';
import { proxyRoutes } from '../gateway/proxy/routes';
import { mcpRoutes } from '../gateway/mcp/routes';
import type { RemoteMcpServers } from '../gateway/mcp/remote';
import { createUpstreamClient } from '../gateway/proxy/upstream-client';
import { resolveUpstreams } from '../gateway/proxy/upstreams';
import { OrgConnection, type OrgOptions } from '../org/org-connection';

export interface GatewayOptions {
  /** 0 picks a free port. */
  port?: number;
  dataDir: string;
  /** A YAML or JSON policy file; the built-in default applies without one. */
  policyFile?: string;
  /** Where unexpected errors go (never request content). Default: stderr. */
  onError?: (error: unknown, where: string) => void;
  /** Extra route families (local UI, SDK proxy) given the services. */
  extraRoutes?: (services: GatewayServices) => readonly GatewayRoute[];
  /** SDK proxy upstream base URLs; defaults to the providers' public APIs. */
  upstreams?: Partial<Record<Provider, string>>;
  /** Provider keys from elsewhere (the Electron shell's safeStorage vault); the data directory's store otherwise. */
  providerKeys?: ProviderKeySource;
  /** Org server connection timings (tests shorten them); the enrollment itself lives in the data directory. */
  org?: OrgOptions;
  /** The clock of the SDK proxy's bound on held reply text (tests move it by hand); the system's otherwise. */
  holdClock?: HoldClock;
  /** The timers of held prompts' policy timeouts (tests move them by hand); the system's otherwise. */
  approvalTimers?: ExpiryTimers;
  /** Worker threads for detection in large requests (tests pass a worker they can pause or break). */
  detectPool?: DetectPoolOptions;
  /** Remote MCP servers agents reach at `/mcp/<name>` (`--mcp-server`); none by default. */
  mcpServers?: RemoteMcpServers;
}

export { DEFAULT_PORT };

/** A running gateway plus what tests and the CLI reach into. */
export interface RunningGateway extends GatewayHandle {
  readonly services: GatewayServices;
  readonly log: SessionLog;
  readonly auth: AuthStores;
  readonly org: OrgConnection;
}

/**
 * Starts the gateway on 127.0.0.1: opens the data directory (session log, tokens), loads the policy, and
 * listens. Resolves once it accepts connections.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  ensureDataDir(options.dataDir);
  const upstreams = resolveUpstreams(options.upstreams);
  const providerKeyStore = ProviderKeyStore.open(options.dataDir);
  const policy = options.policyFile ? new PolicyHolder(await readPolicyFile(options.policyFile), 'file', options.policyFile) : new PolicyHolder();
  // The session log's own reports (a full disk, a damaged file set aside) are one line for people, not a stack.
  const onError = options.onError ?? ((error: unknown, where: string) => console.error(`promptgate gateway: ${where}:`, error instanceof SessionLogError ? error.message : error));
  const log = SessionLog.open(options.dataDir, {
    backgroundCheckpoints: { onError: (message) => onError(new Error(message), 'session log checkpoint') },
    journal: true,
    recoverDamaged: true,
    onJournalError: (error) => onError(error, 'session log journal'),
    onError,
  });
  const auth = openAuthStores(options.dataDir);
  const approvals = new ApprovalQueue(options.approvalTimers ? { timers: options.approvalTimers } : {});
  const shutdown = new AbortController();
  const uiListeners = new Set<(event: UiEvent) => void>();
  const notifyUi = (event: UiEvent) => {
    for (const listener of uiListeners) listener(event);
  };

  /** Every event in the database, journaled ones included, goes on to the org outbox and the open UI pages. */
  const onRecorded = (stored: StoredEvent) => {
    org.onRecorded(stored);
    notifyUi({ type: 'event-recorded', id: stored.id, verdict: stored.verdict, source: stored.source });
  };
  const services: GatewayServices = {
    port: 0,
    policy,
    vaults: new VaultStore(),
    approvals,
    recorder: sessionLogRecorder(log, policy, onRecorded),
    recentEvents: new RecentEvents(),
    detectPool: new DetectPool({ ...options.detectPool, onWorkerExit: (error) => onError(error, 'detection worker') }),
    hashValue: log.hashValue,
    logFault: () => log.fault,
    agentRuns: new AgentRuns(),
    shutdown: shutdown.signal,
  };
  // Enrolled: the last good org bundle is in force before the first request; then pulls, org approvals, audit.
  const org = await OrgConnection.start({ dataDir: options.dataDir, policy, approvals, record: (record) => services.recorder.record(record), onError }, options.org);
  // Now that the org policy is in force: journal lines replayed at open reach the outbox, and retention runs.
  log.forwardReplayed(onRecorded);
  log.startRetention(() => policy.active.policy.logging.retentionDays);
  const injectedKeys = options.providerKeys;
  const providerKeys: ProviderKeySource = (provider) => injectedKeys?.(provider) ?? providerKeyStore.get(provider);
  const upstreamClient = createUpstreamClient();
  shutdown.signal.addEventListener('abort', () => upstreamClient.close(), { once: true });
  const proxy = proxyRoutes({ upstreams, keys: providerKeys, client: upstreamClient, onError, ...(options.holdClock ? { clock: options.holdClock } : {}) });
  const mcp = mcpRoutes(services, options.mcpServers ?? new Map<string, URL>(), onError);
  const keyAdmin = {
    list: () => {
      const stored = providerKeyStore.list();
      return { openai: stored.openai || !!injectedKeys?.('openai'), anthropic: stored.anthropic || !!injectedKeys?.('anthropic') };
    },
    set: (provider: Provider, key: string) => providerKeyStore.set(provider, key),
    remove: (provider: Provider) => providerKeyStore.remove(provider),
  };
  // The local UI is opened through single-use links; sessions live in this process only.
  const uiSessions = new UiSessions({ port: () => services.port });
  const issueUiLink = () => `http://127.0.0.1:${services.port}/ui/?key=${uiSessions.issueLinkKey()}`;
  // `promptgate ui` asks for a new link with this key: the first link is spent once a browser opened it.
  const uiLink = uiLinkRoutes({ key: loadOrCreateUiLinkKey(options.dataDir), issueLink: issueUiLink });
  const ui = uiRoutes(
    {
      log,
      auth,
      uiSessions,
      startedAt: Date.now(),
      version: GATEWAY_VERSION,
      subscribe(listener) {
        uiListeners.add(listener);
        return () => uiListeners.delete(listener);
      },
    },
    createUiAssetLoader(),
    keyAdmin,
    { routes: orgUiRoutes(org), guardDecision: (handler) => guardOrgDecision(org, handler) },
  );
  const routes = gatewayRoutes({ pairing: auth.pairing, extra: [...ui, ...uiLink, ...mcp.api, ...(options.extraRoutes?.(services) ?? [])] });
  const server = createGatewayServer({ services, routes, streaming: [...proxy, ...mcp.streaming], tokens: auth.tokens, uiSessions, onError, errorBody: proxyRefusalBody });
  startExtensionChannel(server, { port: () => services.port, tokens: auth.tokens, shutdown: shutdown.signal, onError });

  server.listen(options.port ?? DEFAULT_PORT, '127.0.0.1');
  try {
    await once(server, 'listening');
  } catch (error) {
    await services.detectPool.close();
    org.close();
    log.close();
    auth.close();
    throw error;
  }
  const address = server.address();
  services.port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${services.port}`;

  const listeners = new Set<(event: GatewayEvent) => void>();
  const emit = (event: GatewayEvent) => {
    for (const listener of listeners) listener(event);
  };
  policy.onChange((active) => notifyUi({ type: 'policy', policy: { source: active.source, origin: active.origin, name: active.policy.name, version: active.policy.version } }));
  approvals.onChange((view, change) => {
    notifyUi({ type: 'approval', id: view.id, status: view.status });
    if (change === 'created') emit({ type: 'hold', approvalId: view.id, site: view.site, summary: view.findings.map((f) => f.title).join(', ') });
    emit({ type: 'pending-changed', pending: approvals.pendingCount() });
  });

  let closing: Promise<void> | undefined;
  return {
    url,
    port: services.port,
    get uiUrl() {
      return issueUiLink();
    },
    services,
    log,
    auth,
    org,
    pendingApprovals: () => approvals.pendingCount(),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closing ??= (async () => {
        const closed = once(server, 'close');
        server.close();
        // Long-polls and SSE streams end now; ordinary requests in flight finish first.
        shutdown.abort();
        approvals.close();
        // An agent's open MCP stream would keep its connection, and so the server, open.
        void mcp.sessions.closeAll();
        server.closeIdleConnections();
        await closed;
        await services.detectPool.close();
        org.close();
        log.close();
        auth.close();
      })();
      return closing;
    },
  };
}
