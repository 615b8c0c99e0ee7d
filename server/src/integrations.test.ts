import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from './start';
import { ENGINES } from './testing/engines';
import { testDatabaseOptions } from './testing/test-server';

/** A collector on loopback that records what it receives and can be told to fail (counting what it refused). */
async function collector() {
  const received: Array<{ path: string; body: string }> = [];
  const state = { failing: false, refused: 0 };
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (state.failing) {
        state.refused++;
        response.writeHead(503).end();
        return;
      }
      received.push({ path: request.url ?? '', body });
      response.writeHead(200).end('{}');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return { url, received, state, stop: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))) };
}

const siemLines = (received: Array<{ path: string; body: string }>) => received.filter((r) => r.path === '/siem').flatMap((r) => r.body.trim().split('\n'));

describe.each(ENGINES)('approval webhook and SIEM forwarder on %s', (engine) => {
  let server: RunningServer;
  let sink: Awaited<ReturnType<typeof collector>>;
  let dir: string;
  let deviceToken: string;

  beforeAll(async () => {
    sink = await collector();
    dir = await mkdtemp(join(tmpdir(), 'pg-server-int-'));
    server = await startServer({
      port: 0,
      dataDir: dir,
      ...(await testDatabaseOptions(engine)),
      webhookUrl: `${sink.url}/hook`,
      siem: { url: `${sink.url}/siem`, authorization: 'Splunk test' },
      onError: () => undefined,
    });
    const devices = server.services.devices;
    deviceToken = (await devices.redeem((await devices.createCode({ user: 'kim@example.com', groups: [], createdBy: 'test', ttlMs: 60_000 })).code, 'kim-laptop')).token;
  });

  afterAll(async () => {
    await server.close();
    await sink.stop();
    await rm(dir, { recursive: true, force: true });
  });

  const post = (path: string, body: unknown) =>
    fetch(`${server.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${deviceToken}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('posts approval.created and approval.decided to the webhook', async () => {
    const created = await post('/v1/approvals', {
      localId: 'l1',
      requester: 'ext',
      site: 'claude.ai',
      sessionKind: 'chat',
      maskedSegments: [{ id: 'p', text: 'x [CUSTOM_1]' }],
      findings: [],
      timeoutSeconds: 60,
    });
    const { approval } = (await created.json()) as { approval: { id: string } };
    await server.services.approvals.decide(approval.id, 'denied', { name: 'lee@example.com', roles: new Set(['approver']), via: 'oidc' }, 'no');
    await expect
      .poll(() => sink.received.filter((r) => r.path === '/hook').map((r) => (JSON.parse(r.body) as { type: string }).type))
      .toEqual(['approval.created', 'approval.decided']);
  });

  it('forwards ingested events to the SIEM as NDJSON, in order, and catches up after the collector was down', async () => {
    const event = (text: string) => ({
      id: randomUUID(),
      at: Date.now(),
      kind: 'inspect',
      source: 'claude.ai',
      requester: 'ext',
      verdict: 'redact',
      maskedText: text,
      findings: [],
      detail: {},
    });
    expect((await post('/v1/audit/events', { events: [event('one'), event('two')] })).status).toBe(200);
    await expect.poll(() => siemLines(sink.received)).toHaveLength(2);
    sink.state.failing = true;
    await post('/v1/audit/events', { events: [event('three')] });
    // The collector really turned 'three' away once before it comes back.
    await expect.poll(() => sink.state.refused).toBeGreaterThan(0);
    sink.state.failing = false;
    await post('/v1/audit/events', { events: [event('four')] });
    await expect.poll(() => siemLines(sink.received)).toHaveLength(4);
    const texts = siemLines(sink.received).map((line) => (JSON.parse(line) as { maskedText: string; user: string }).maskedText);
    expect(texts).toEqual(['one', 'two', 'three', 'four']);
  });
});
