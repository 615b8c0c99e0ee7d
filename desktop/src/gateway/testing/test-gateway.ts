import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InspectResponse } from '@promptgate/shared';
import { startGateway, type GatewayOptions, type RunningGateway } from '../../app/start-gateway';
import type { HoldClock } from '../proxy/reply/hold-clock';
import { manualClock, type ManualClock } from '../proxy/testing/manual-clock';
import { setProviderKeys, startFakeProviders, type FakeProviders } from './fake-providers';
import { rawRequest, type RawRequestOptions, type RawResponse } from './raw-request';
import { uiCookieOf } from './ui-login';

export type { RawResponse } from './raw-request';

/** What differs between the suites that start a gateway; everything else is the same real gateway. */
export interface TestGatewayOptions {
  policyYaml?: string;
  /** A data directory to start on (a restart); a new temporary one otherwise. */
  dataDir?: string;
  /** 0 (a free port) unless given. */
  port?: number;
  org?: GatewayOptions['org'];
  detectPool?: GatewayOptions['detectPool'];
  /** The SDK proxy's hold clock; with `fakeProviders`, a manual one (`clock`) unless given, the system's otherwise. */
  holdClock?: HoldClock;
  /** Points the proxy at fake OpenAI and Anthropic servers. */
  fakeProviders?: boolean;
  /** With `fakeProviders`: gives the gateway the keys the fakes expect, as a person would in settings (default). */
  setProviderKeys?: boolean;
  /** Errors the test expects the gateway to report (an org server that is down); any other one fails `stop`. */
  expectedError?: (error: unknown) => boolean;
  /** Held prompts' policy timeouts run on `approvalClock`, which moves only when the test advances it. */
  manualApprovalTimeouts?: boolean;
  /** Remote MCP servers at `/mcp/<name>`. */
  mcpServers?: GatewayOptions['mcpServers'];
}

/** A real gateway on loopback with its own data directory, an extension token and an SDK token. */
export interface TestGateway {
  readonly gateway: RunningGateway;
  readonly url: string;
  /** A fresh one-time UI link on each read. */
  readonly uiUrl: string;
  readonly dataDir: string;
  readonly extensionToken: string;
  readonly sdkToken: string;
  /** Errors the gateway reported; a test that expects some takes them out (`splice`), or `stop` fails. */
  readonly errors: unknown[];
  /** With `manualApprovalTimeouts`: the clock of held prompts' policy timeouts. */
  readonly approvalClock?: ManualClock;
  /** A request through a real socket as the extension (its token unless `token`); `headers` can override Host. */
  request(method: string, path: string, options?: RawRequestOptions): Promise<RawResponse>;
  /** JSON over fetch as the extension; `token: null` sends none, `cookie` a UI session. */
  call<T = Record<string, unknown>>(method: string, path: string, options?: { body?: unknown; token?: string | null; cookie?: string }): Promise<{ status: number; body: T }>;
  /** Sends a prompt the way the extension does; returns the gateway's answer (a refusal throws). */
  inspect(text: string, options?: { site?: string; conversationId?: string }): Promise<InspectResponse>;
  /** The extension's long-poll on a held prompt. */
  approvalState(id: string, waitSeconds: number): Promise<ApprovalState>;
  /** Calls the UI API as the local UI does, logged in through a new printed link. */
  ui(path: string, init?: { method?: string; body?: unknown }): Promise<Response>;
  uiCookie(): Promise<string>;
  /** Stops the gateway and removes its data directory unless `keepData` (for a restart on it). */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

export interface ApprovalState {
  status: string;
  decidedBy?: string;
  reason?: string;
  segments?: Array<{ id: string; text: string }>;
}

/** A test gateway whose proxy forwards to fake providers. */
export interface ProxyTestGateway extends TestGateway {
  readonly openai: FakeProviders['openai'];
  readonly anthropic: FakeProviders['anthropic'];
  /** `http://127.0.0.1:PORT/openai/v1`, as OPENAI_BASE_URL. */
  readonly openaiBase: string;
  /** `http://127.0.0.1:PORT/anthropic`, as ANTHROPIC_BASE_URL. */
  readonly anthropicBase: string;
  /** The proxy's hold clock, unless `holdClock` replaced it: still until the test advances it. */
  readonly clock: ManualClock;
}

export function startTestGateway(options: TestGatewayOptions & { fakeProviders: true }): Promise<ProxyTestGateway>;
export function startTestGateway(options?: TestGatewayOptions): Promise<TestGateway>;
export async function startTestGateway(options: TestGatewayOptions = {}): Promise<TestGateway | ProxyTestGateway> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'pg-gateway-')));
  let policyFile: string | undefined;
  if (options.policyYaml !== undefined) {
    policyFile = join(dataDir, 'policy.yaml');
    await writeFile(policyFile, options.policyYaml);
  }
  const providers = options.fakeProviders ? await startFakeProviders() : undefined;
  const errors: unknown[] = [];
  const clock = manualClock();
  const approvalClock = options.manualApprovalTimeouts ? manualClock() : undefined;
  const gateway = await startGateway({
    port: options.port ?? 0,
    dataDir,
    ...(options.holdClock || providers ? { holdClock: options.holdClock ?? clock } : {}),
    ...(policyFile ? { policyFile } : {}),
    ...(options.org ? { org: options.org } : {}),
    ...(options.detectPool ? { detectPool: options.detectPool } : {}),
    ...(approvalClock ? { approvalTimers: approvalClock } : {}),
    ...(options.mcpServers ? { mcpServers: options.mcpServers } : {}),
    ...(providers ? { upstreams: { openai: providers.openai.url, anthropic: providers.anthropic.url } } : {}),
    onError: (error) => {
      if (!options.expectedError?.(error)) errors.push(error);
    },
  });
  if (providers && options.setProviderKeys !== false) await setProviderKeys(gateway);
  const extensionToken = gateway.auth.tokens.create('extension', options.dataDir ? `test extension ${randomSuffix()}` : 'test extension');
  const sdkToken = gateway.auth.tokens.create('sdk', options.dataDir ? `test agent ${randomSuffix()}` : 'test agent');
  const extensionHeaders = { authorization: `Bearer ${extensionToken}`, 'content-type': 'application/json' };
  let segment = 0;

  const call: TestGateway['call'] = async (method, path, opts = {}) => {
    const token = opts.token === undefined ? extensionToken : opts.token;
    const response = await fetch(`${gateway.url}${path}`, {
      method,
      redirect: 'manual',
      headers: {
        ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(opts.cookie ? { cookie: opts.cookie } : {}),
      },
      ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
    });
    return { status: response.status, body: (await response.json().catch(() => ({}))) as never };
  };

  const base: TestGateway = {
    gateway,
    url: gateway.url,
    get uiUrl() {
      return gateway.uiUrl;
    },
    dataDir,
    extensionToken,
    sdkToken,
    errors,
    ...(approvalClock ? { approvalClock } : {}),
    request: (method, path, opts) => rawRequest(gateway.port, extensionToken, method, path, opts),
    call,
    async inspect(text, opts = {}) {
      const site = opts.site ?? 'chatgpt.com';
      const response = await fetch(`${gateway.url}/api/inspect`, {
        method: 'POST',
        headers: extensionHeaders,
        body: JSON.stringify({
          source: { site, url: `https://${site}/c/1` },
          conversationId: opts.conversationId ?? 'conversation-1',
          segments: [{ id: `s${++segment}`, kind: 'prompt', text }],
        }),
      });
      if (!response.ok) throw new Error(`inspect answered ${response.status}: ${await response.text()}`);
      return (await response.json()) as InspectResponse;
    },
    async approvalState(id, waitSeconds) {
      const response = await fetch(`${gateway.url}/api/approvals/${id}?wait=${waitSeconds}`, { headers: extensionHeaders });
      if (!response.ok) throw new Error(`approval state answered ${response.status}`);
      return (await response.json()) as ApprovalState;
    },
    async ui(path, init = {}) {
      const cookie = await uiCookieOf(gateway);
      return fetch(`${gateway.url}/ui/api/${path}`, {
        method: init.method ?? 'GET',
        headers: { cookie, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
    },
    uiCookie: () => uiCookieOf(gateway),
    async stop(stopOptions = {}) {
      await gateway.close();
      await providers?.close();
      if (!stopOptions.keepData) await rm(dataDir, { recursive: true, force: true });
      if (errors.length > 0) throw new Error(`the gateway reported internal errors: ${errors.map(String).join('; ')}`);
    },
  };
  if (!providers) return base;
  return Object.assign(base, {
    openai: providers.openai,
    anthropic: providers.anthropic,
    openaiBase: `${gateway.url}/openai/v1`,
    anthropicBase: `${gateway.url}/anthropic`,
    clock,
  });
}

/** Token names are unique per data directory, and a restart on one finds the names of the run before. */
function randomSuffix(): string {
  return Math.random().toString(36).slice(2, 8);
}

/** The body of `/api/inspect` for one prompt, as the extension sends it. */
export function inspectBody(text: string, overrides: { conversationId?: string; site?: string } = {}) {
  const site = overrides.site ?? 'chatgpt.com';
  return {
    source: { site, url: `https://${site}/c/${overrides.conversationId ?? 'c1'}` },
    conversationId: overrides.conversationId ?? 'c1',
    segments: [{ id: 'prompt', kind: 'prompt', text }],
  };
}
