import { inspectBody, type TestGateway, type TestGatewayOptions } from '../../desktop/src/gateway/testing/test-gateway';
import { adminCall } from './server-process';

/** Fast timings for tests: retries in tens of milliseconds instead of seconds; pulls are triggered by the tests. */
export const FAST_ORG = {
  pollIntervalMs: 60_000,
  shipper: { minBackoffMs: 50, maxBackoffMs: 300, gatherMs: 20 },
  approvals: { waitSeconds: 5, minBackoffMs: 50, maxBackoffMs: 300 },
};

/** The test gateway of the org suites: org timings for tests, and an org server that is down is not a defect. */
export function orgGatewayOptions(overrides: { dataDir?: string; pollIntervalMs?: number } = {}): TestGatewayOptions {
  return {
    org: { ...FAST_ORG, ...(overrides.pollIntervalMs ? { pollIntervalMs: overrides.pollIntervalMs } : {}) },
    ...(overrides.dataDir ? { dataDir: overrides.dataDir } : {}),
    expectedError: (error) => String(error).includes('fetch failed'),
  };
}

/** A code from the admin API, redeemed through the gateway's settings page API as a person would. */
export async function enrollThroughUi(gw: TestGateway, server: string, adminToken: string, user: string, groups: string[] = []): Promise<Record<string, unknown>> {
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

/**
 * The extension's long-poll on a held prompt, asked again (as the extension does) until someone or the timeout
 * decided it. Each ask waits on the gateway, not on a timer here; the test's timeout bounds the whole.
 */
export async function settledApproval(gw: TestGateway, localId: string): Promise<{ status: string }> {
  for (;;) {
    const polled = await gw.call<{ status: string }>('GET', `/api/approvals/${localId}?wait=30`);
    if (polled.body.status !== 'pending') return polled.body;
  }
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
export async function verdictOf(gw: TestGateway, text: string): Promise<string> {
  return (await gw.call<{ verdict: string }>('POST', '/api/inspect', { body: inspectBody(text) })).body.verdict;
}

/** The org status the gateway's settings page shows: policy in force and warnings. */
export async function orgStatusOf(gw: TestGateway): Promise<{ policy: { version: number }; warnings: Array<{ code: string; message: string }> }> {
  return (await gw.call<{ policy: { version: number }; warnings: Array<{ code: string; message: string }> }>('GET', '/ui/api/org', { token: null, cookie: await gw.uiCookie() }))
    .body;
}
