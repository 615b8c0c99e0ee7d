import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { ENGINES } from '../testing/engines';
import { startTestServer, testDatabaseOptions, type TestServer } from '../testing/test-server';

/** A webhook receiver on loopback that keeps every body. */
async function webhookSink() {
  const bodies: Array<Record<string, unknown>> = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      bodies.push(JSON.parse(body) as Record<string, unknown>);
      response.writeHead(200).end();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/hook`,
    bodies,
    stop: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))),
  };
}

let t: TestServer | undefined;
let sink: Awaited<ReturnType<typeof webhookSink>> | undefined;
afterEach(async () => {
  await t?.close();
  await sink?.stop();
  t = sink = undefined;
});

type ServerEvents = { events: Array<{ deviceId: string; requester: string; detail: { event: string; kind: string } }> };

describe.each(ENGINES)('guessing enrollment codes and admin tokens on %s', (engine) => {
  it('throttles an address after 20 wrong codes, records each in the audit trail and alerts the webhook once', async () => {
    let now = Date.UTC(2026, 0, 15, 9);
    sink = await webhookSink();
    t = await startTestServer({ ...(await testDatabaseOptions(engine)), now: () => now, webhookUrl: sink.url });
    const { code } = await t.server.services.devices.createCode({ user: 'kim@example.com', groups: [], createdBy: 'test', ttlMs: 24 * 3600_000 });
    const enroll = (c: string) => t!.call<{ error?: { code: string } }>('POST', '/v1/enroll', { body: { code: c, deviceName: 'laptop' } });
    for (let i = 0; i < 20; i++) expect((await enroll(`WRONG-${i}`)).status).toBe(403);
    const throttled = await enroll('WRONG-20');
    expect(throttled.status).toBe(429);
    expect(throttled.body.error?.code).toBe('too_many_attempts');
    // While throttled even the right code is refused: a guesser cannot tell a hit from a miss.
    expect((await enroll(code)).status).toBe(429);

    // Recorded after each answer went out: waited for, not assumed.
    const serverEvents = async () => (await t!.call<ServerEvents>('GET', '/admin/audit?deviceId=server&limit=100', { token: t!.adminToken! })).body.events;
    await expect.poll(async () => (await serverEvents()).length).toBe(21);
    const events = await serverEvents();
    const recorded = events.map((e) => e.detail.event);
    expect(recorded.filter((e) => e === 'auth_failure')).toHaveLength(20);
    expect(recorded.filter((e) => e === 'auth_throttled')).toHaveLength(1);
    expect(events.every((e) => e.requester === '127.0.0.1' && e.detail.kind === 'enrollment-code')).toBe(true);
    await expect
      .poll(() => sink!.bodies.filter((b) => b['type'] === 'security.guessing'))
      .toEqual([expect.objectContaining({ kind: 'enrollment-code', address: '127.0.0.1', failures: 20 })]);

    now += 5000;
    expect((await enroll(code)).status).toBe(201);
  });

  it('throttles wrong quick-start admin tokens the same way, and a right one is not counted', async () => {
    let now = Date.UTC(2026, 0, 15, 9);
    t = await startTestServer({ ...(await testDatabaseOptions(engine)), now: () => now });
    const admin = t.adminToken!;
    for (let i = 0; i < 30; i++) expect((await t.call('GET', '/admin/me', { token: admin })).status).toBe(200);
    for (let i = 0; i < 20; i++) expect((await t.call('GET', '/admin/me', { token: `pgsa_wrong${i}` })).status).toBe(401);
    expect((await t.call('GET', '/admin/me', { token: admin })).status).toBe(429);
    now += 60_000;
    expect((await t.call('GET', '/admin/me', { token: admin })).status).toBe(200);
    const failures = async () =>
      (await t!.server.services.audit.search({ deviceId: 'server', limit: 100 })).filter((e) => e.detail['event'] === 'auth_failure' && e.detail['kind'] === 'admin-token');
    await expect.poll(async () => (await failures()).length).toBe(20);
  });
});
