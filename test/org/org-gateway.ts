import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { startGateway, type RunningGateway } from '../../desktop/src/app/start-gateway';
import { adminCall } from './server-process';

/** Fast timings for tests: retries in tens of milliseconds instead of seconds; pulls are triggered by the tests. */
export const FAST_ORG = {
  pollIntervalMs: 60_000,
  shipper: { minBackoffMs: 50, maxBackoffMs: 300, gatherMs: 20 },
  approvals: { waitSeconds: 5, minBackoffMs: 50, maxBackoffMs: 300 },
};

export interface OrgGateway {
  gateway: RunningGateway;
  dataDir: string;
  extensionToken: string;
  /** JSON over fetch; `token: null` sends none, `cookie` the UI session. */
  call<T = Record<string, unknown>>(method: string, path: string, options?: { body?: unknown; token?: string | null; cookie?: string }): Promise<{ status: number; body: T }>;
  uiCookie(): Promise<string>;
  /** Stops the gateway; the data directory stays for a restart unless `removeData`. */
  stop(options?: { removeData?: boolean }): Promise<void>;
}

/** A real gateway for org tests; pass `dataDir` to restart one on the same data (offline start, outbox). */
export async function startOrgGateway(options: { dataDir?: string; pollIntervalMs?: number } = {}): Promise<OrgGateway> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'pg-org-gw-')));
  const errors: unknown[] = [];
  const gateway = await startGateway({
    port: 0,
    dataDir,
    org: { ...FAST_ORG, ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}) },
    onError: (error) => errors.push(error),
  });
  const name = `ext-${Math.random().toString(36).slice(2, 8)}`;
  const extensionToken = gateway.auth.tokens.create('extension', name);
  const call: OrgGateway['call'] = async (method, path, opts = {}) => {
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
  return {
    gateway,
    dataDir,
    extensionToken,
    call,
    async uiCookie() {
      const link = new URL(gateway.uiUrl);
      const response = await fetch(`${gateway.url}${link.pathname}${link.search}`, { redirect: 'manual' });
      const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
      if (!cookie) throw new Error(`UI link did not set a cookie (${response.status})`);
      return cookie;
    },
    async stop(stopOptions = {}) {
      await gateway.close();
      if (stopOptions.removeData) await rm(dataDir, { recursive: true, force: true });
      const unexpected = errors.filter((error) => !String(error).includes('fetch failed'));
      if (unexpected.length > 0) throw new Error(`the gateway reported internal errors: ${unexpected.map(String).join('; ')}`);
    },
  };
}

/** A code from the admin API, redeemed through the gateway's settings page API as a person would. */
export async function enrollThroughUi(gw: OrgGateway, server: string, adminToken: string, user: string, groups: string[] = []): Promise<Record<string, unknown>> {
  const code = await adminCall<{ code: string }>(server, adminToken, 'POST', '/admin/enrollment-codes', { user, groups });
  if (code.status !== 201) throw new Error(`enrollment code: ${JSON.stringify(code.body)}`);
  const enrolled = await gw.call('POST', '/ui/api/org/enroll', { body: { server, code: code.body.code }, token: null, cookie: await gw.uiCookie() });
  if (enrolled.status !== 200) throw new Error(`enroll: ${enrolled.status} ${JSON.stringify(enrolled.body)}`);
  return enrolled.body;
}

export async function pushPolicy(server: string, adminToken: string, yaml: string, comment = 'test'): Promise<number> {
  const pushed = await adminCall<{ version: { version: number } }>(server, adminToken, 'PUT', `/admin/policy?comment=${encodeURIComponent(comment)}`, yaml, 'application/yaml');
  if (pushed.status !== 201) throw new Error(`push: ${JSON.stringify(pushed.body)}`);
  return pushed.body.version.version;
}

/** Waits until `check` gives a value and returns it; the long timeout is hang protection, not a speed limit. */
export function until<T>(check: () => T | Promise<T>, what: string): Promise<NonNullable<T>> {
  return vi.waitFor(
    async () => {
      const value = await check();
      if (!value) throw new Error(`still waiting for ${what}`);
      return value;
    },
    { timeout: 60_000, interval: 25 },
  );
}

/** The extension's long-poll on a held prompt, asked again until someone (or the timeout) decided it. */
export function settledApproval(gw: OrgGateway, localId: string): Promise<{ status: string }> {
  return until(async () => {
    const polled = await gw.call<{ status: string }>('GET', `/api/approvals/${localId}?wait=30`);
    return polled.body.status === 'pending' ? undefined : polled.body;
  }, `approval ${localId} to be decided`);
}

export function inspectBody(text: string, conversationId = 'c1', site = 'chatgpt.com') {
  return { source: { site, url: `https://${site}/c/${conversationId}` }, conversationId, segments: [{ id: 'prompt', kind: 'prompt', text }] };
}

/** An org policy that holds prompts naming a project, for the org's approvers, and ships audit events. */
export function holdPolicyYaml(keyword = 'Project Falcon', timeoutSeconds = 60): string {
  return `version: 1
name: acme org policy
custom:
  - id: codename
    kind: keywords
    keywords: ["${keyword}"]
    action: hold
approval:
  approvers: org
  timeoutSeconds: ${timeoutSeconds}
logging:
  ship: true
`;
}

/** The gateway's verdict on one prompt sent as the extension would. */
export async function verdictOf(gw: OrgGateway, text: string): Promise<string> {
  return (await gw.call<{ verdict: string }>('POST', '/api/inspect', { body: inspectBody(text) })).body.verdict;
}

/** The org status the gateway's settings page shows: policy in force and warnings. */
export async function orgStatusOf(gw: OrgGateway): Promise<{ policy: { version: number }; warnings: Array<{ code: string; message: string }> }> {
  return (await gw.call<{ policy: { version: number }; warnings: Array<{ code: string; message: string }> }>('GET', '/ui/api/org', { token: null, cookie: await gw.uiCookie() }))
    .body;
}
