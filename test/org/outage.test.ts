import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { adminCall, startServerProcess, type ServerProcess, startServerInTempDir } from './server-process';
import { inspectBody, startTestGateway, type TestGateway } from '../../desktop/src/gateway/testing/test-gateway';
import { enrollThroughUi, orgGatewayOptions, pushPolicy } from './org-steps';

const policy = `version: 1
name: acme
custom:
  - id: codename
    kind: keywords
    keywords: ["Nebula"]
    action: block
logging:
  ship: true
`;

/** The server goes away, the gateway restarts meanwhile; every event still arrives exactly once. */
describe('server outage: the gateway keeps enforcing and ships its queued events when the server is back', () => {
  let server: ServerProcess;
  let gw: TestGateway;
  let serverDir: string;
  let adminToken: string;

  beforeAll(async () => {
    ({ server, dir: serverDir, adminToken } = await startServerInTempDir());
    gw = await startTestGateway(orgGatewayOptions());
    await enrollThroughUi(gw, server.url, adminToken, 'dave@example.com');
    await pushPolicy(server.url, adminToken, policy);
    await gw.gateway.org.pullPolicy();
  });

  afterAll(async () => {
    await gw?.stop();
    await server?.stop();
    await rm(serverDir, { recursive: true, force: true });
  });

  it('loses and doubles nothing across the outage and a gateway restart', async () => {
    const send = async (i: number) =>
      (await gw.call<{ verdict: string; eventId: string }>('POST', '/api/inspect', { body: inspectBody(`${i % 2 ? 'Nebula' : 'weather'} note ${i}`, { conversationId: `c${i}` }) }))
        .body;
    const sent: string[] = [];
    for (let i = 0; i < 5; i++) sent.push((await send(i)).eventId);
    await expect.poll(() => gw.gateway.org.status().audit?.queued, { message: 'the first events to ship' }).toBe(0);

    await server.stop();
    for (let i = 5; i < 25; i++) {
      const answer = await send(i);
      expect(answer.verdict).toBe(i % 2 ? 'block' : 'allow');
      sent.push(answer.eventId);
    }
    await gw.gateway.org.pullPolicy();
    const offline = gw.gateway.org.status();
    expect(offline.warnings.map((w) => w.code)).toContain('server_unreachable');
    expect(offline.policy.version).toBe(2);
    expect(offline.audit!.queued).toBe(20);

    // The gateway restarts while the server is still down: the outbox and the org policy come back from disk.
    await gw.stop({ keepData: true });
    gw = await startTestGateway(orgGatewayOptions({ dataDir: gw.dataDir }));
    expect(gw.gateway.org.status().audit!.queued).toBe(20);
    for (let i = 25; i < 30; i++) {
      const answer = await send(i);
      expect(answer.verdict).toBe(i % 2 ? 'block' : 'allow');
      sent.push(answer.eventId);
    }

    server = await startServerProcess(['--port', String(server.port), '--data-dir', serverDir]);
    await expect.poll(() => gw.gateway.org.status().audit?.queued, { message: 'the queued events to ship after the outage' }).toBe(0);
    // A batch sent again (acknowledged but not yet removed when the gateway stopped) must not double.
    const stored = await adminCall<{ events: Array<{ id: string; kind: string }> }>(server.url, adminToken, 'GET', '/admin/audit?limit=1000');
    expect(stored.status).toBe(200);
    const ids = stored.body.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual([...sent].sort());

    // The admin token is printed once, on the first start only: the whole output of the restart shows none.
    await server.stop();
    expect(server.stderr()).not.toMatch(/pgsa_/);
  });
});
