import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess, type ServerProcess } from './server-process';
import { startTestGateway, type TestGateway } from '../../desktop/src/gateway/testing/test-gateway';
import { enrollThroughUi, orgGatewayOptions, pushPolicy, verdictOf } from './org-steps';

const blockPolicy = (keyword: string) => `version: 1
name: acme
custom:
  - id: codename
    kind: keywords
    keywords: ["${keyword}"]
    action: block
`;

/** A push reaches an enrolled gateway through its long-poll, not at its next poll. */
describe('policy push channel', () => {
  let server: ServerProcess;
  let gw: TestGateway;
  let serverDir: string;
  let adminToken: string;

  const verdict = (text: string) => verdictOf(gw, text);

  beforeAll(async () => {
    serverDir = await mkdtemp(join(tmpdir(), 'pg-server-'));
    server = await startServerProcess(['--port', '0', '--data-dir', serverDir, '--policy-poll-seconds', '3600']);
    adminToken = await server.adminToken();
    // Polls an hour apart: anything enforced within the test came through the push channel.
    gw = await startTestGateway(orgGatewayOptions({ pollIntervalMs: 3_600_000 }));
    await enrollThroughUi(gw, server.url, adminToken, 'dana@example.com');
  });

  afterAll(async () => {
    await gw?.stop();
    await server?.stop();
    await rm(serverDir, { recursive: true, force: true });
  });

  it('enforces each push without a poll: one push after another, and a rollback', async () => {
    expect(await verdict('the Orion launch plan')).toBe('allow');
    const v2 = await pushPolicy(server.url, adminToken, blockPolicy('Orion'), 'block Orion');
    await expect.poll(() => verdict('the Orion launch plan'), { message: 'the pushed policy to be enforced' }).toBe('block');
    await pushPolicy(server.url, adminToken, blockPolicy('Vega'), 'block Vega');
    await expect.poll(() => verdict('Vega numbers'), { message: 'the second push to be enforced' }).toBe('block');
    expect(await verdict('the Orion launch plan')).toBe('allow');
    const rollback = await fetch(new URL('/admin/policy/rollback', server.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ version: v2 }),
    });
    expect(rollback.status).toBe(201);
    await expect.poll(() => verdict('the Orion launch plan'), { message: 'the rollback to be enforced' }).toBe('block');
  });

  it("a gateway without the push channel polls at the org server's interval", async () => {
    const quickServerDir = await mkdtemp(join(tmpdir(), 'pg-server-'));
    const quick = await startServerProcess(['--port', '0', '--data-dir', quickServerDir, '--policy-poll-seconds', '5']);
    // An org server that goes away at the end is no defect of this gateway.
    const t = await startTestGateway({ org: { pushWaitSeconds: 0 }, expectedError: () => true });
    const gateway = t.gateway;
    try {
      const token = await quick.adminToken();
      const { code } = (await (
        await fetch(new URL('/admin/enrollment-codes', quick.url), {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ user: 'eve@example.com' }),
        })
      ).json()) as { code: string };
      await gateway.org.enroll(quick.url, code);
      const policy = await fetch(new URL('/v1/policy', quick.url), { headers: { authorization: `Bearer ${gateway.org.enrollment()!.token}` } });
      expect(policy.headers.get('x-policy-poll-seconds')).toBe('5');
      expect(gateway.org.status().policy.pollSeconds).toBe(5);
      const version = await pushPolicy(quick.url, token, blockPolicy('Lyra'), 'block Lyra');
      // Neither a push channel nor the one-minute default: only the org's 5 s poll brings it this soon.
      await expect.poll(() => gateway.org.status().policy.version, { message: 'the poll to fetch the new version' }).toBe(version);
    } finally {
      await t.stop();
      await quick.stop();
      await rm(quickServerDir, { recursive: true, force: true });
    }
  });
});
