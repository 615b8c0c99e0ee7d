// Two real `promptgate-server` processes (replicas) on one PostgreSQL database, as the documented deployment runs
// them behind a load balancer: whatever one replica changes, the other serves at once, and the jobs that must run
// once (the SIEM forwarder) run on one replica, with another taking over when it dies.
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeProtectedHeader } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/src/db/open-database';
import { createTestPostgresDatabase } from '../../server/src/testing/engines';
import { pushPolicy } from './org-steps';
import { adminCall, startServerProcess, type ServerProcess } from './server-process';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Long-polls ask for the longest wait (the server caps it); that a replica's waiters wake on another's change is the stores' replica tests' to show. */
const WAIT_SECONDS = 90;

async function twoReplicas(extraArgs: string[] = []): Promise<{ a: ServerProcess; b: ServerProcess; adminToken: string; database: string }> {
  const database = await createTestPostgresDatabase();
  const dir = await mkdtemp(join(tmpdir(), 'pg-replicas-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const env = { PROMPTGATE_SERVER_MASTER_KEY: randomBytes(32).toString('base64') };
  const start = async (name: string) => {
    const server = await startServerProcess(['--port', '0', '--data-dir', join(dir, name), '--database', database, ...extraArgs], env);
    cleanups.push(() => server.stop());
    return server;
  };
  // One after the other: A makes the schema, the first signing key and the quick-start admin token.
  const a = await start('a');
  const adminToken = await a.adminToken();
  const b = await start('b');
  return { a, b, adminToken, database };
}

async function enroll(server: ServerProcess, adminToken: string, user: string): Promise<string> {
  const code = await adminCall<{ code: string }>(server.url, adminToken, 'POST', '/admin/enrollment-codes', { user });
  const response = await fetch(new URL('/v1/enroll', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: code.body.code }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

const asDevice = (token: string, headers: Record<string, string> = {}) => ({ headers: { authorization: `Bearer ${token}`, ...headers } });

async function policyVersionOn(server: ServerProcess, token: string): Promise<number> {
  const response = await fetch(new URL('/v1/policy', server.url), asDevice(token));
  return Number(response.headers.get('x-policy-version'));
}

describe('two server replicas on one PostgreSQL database', () => {
  it('serves a policy pushed on one replica from the other, waking a gateway that long-polls it', async () => {
    const { a, b, adminToken } = await twoReplicas();
    const token = await enroll(b, adminToken, 'ann@example.com');
    const first = await fetch(new URL('/v1/policy', b.url), asDevice(token));
    const etag = first.headers.get('etag')!;
    const longPoll = fetch(new URL(`/v1/policy?wait=${WAIT_SECONDS}`, b.url), asDevice(token, { 'if-none-match': etag }));

    const version = await pushPolicy(a.url, adminToken, 'version: 1\nname: pushed on A\n');
    const woken = await longPoll;
    expect(woken.status).toBe(200);
    expect(Number(woken.headers.get('x-policy-version'))).toBe(version);
    expect(await policyVersionOn(b, token)).toBe(version);
  });

  it('signs with the new key on one replica right after the key was rotated on the other', async () => {
    const { a, b, adminToken } = await twoReplicas();
    const token = await enroll(a, adminToken, 'ann@example.com');
    const rotated = await adminCall<{ kid: string }>(a.url, adminToken, 'POST', '/admin/keys/rotate');
    expect(rotated.status).toBe(200);
    const version = await pushPolicy(b.url, adminToken, 'version: 1\nname: pushed on B after a rotation on A\n');
    for (const server of [a, b]) {
      const response = await fetch(new URL('/v1/policy', server.url), asDevice(token));
      expect(Number(response.headers.get('x-policy-version'))).toBe(version);
      expect(decodeProtectedHeader(await response.text()).kid).toBe(rotated.body.kid);
    }
    const jwks = (await (await fetch(new URL('/.well-known/jwks.json', b.url))).json()) as { keys: Array<{ kid: string }> };
    expect(jwks.keys.map((key) => key.kid)).toContain(rotated.body.kid);
  });

  it("answers a gateway's long-poll on one replica when the hold is decided on the other", async () => {
    const { a, b, adminToken } = await twoReplicas();
    await pushPolicy(a.url, adminToken, 'version: 1\nname: org approvals\napproval:\n  approvers: org\n  timeoutSeconds: 600\n');
    const token = await enroll(b, adminToken, 'ann@example.com');
    const held = await fetch(new URL('/v1/approvals', b.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        localId: 'local-1',
        requester: 'ann',
        site: 'chatgpt.com',
        sessionKind: 'chat',
        maskedSegments: [{ id: 's1', text: 'Project [[CODENAME_1]]' }],
        findings: [],
      }),
    });
    expect(held.status).toBe(201);
    const { approval } = (await held.json()) as { approval: { id: string } };

    const longPoll = fetch(new URL(`/v1/approvals/${approval.id}?wait=${WAIT_SECONDS}`, b.url), asDevice(token));
    const decided = await adminCall(a.url, adminToken, 'POST', `/admin/approvals/${approval.id}/decision`, { decision: 'approve', reason: 'fine' });
    expect(decided.status).toBe(200);
    const answer = (await (await longPoll).json()) as { approval: { status: string; decidedBy: string } };
    expect(answer.approval.status).toBe('approved');
  });

  it('sends each audit event to the SIEM once, whichever replica took it, and goes on when the sending replica dies', async () => {
    const received: string[] = [];
    const collector: Server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        for (const line of body.split('\n').filter(Boolean)) received.push((JSON.parse(line) as { id: string }).id);
        response.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => collector.close(() => resolve())));
    const siemUrl = `http://127.0.0.1:${(collector.address() as AddressInfo).port}/ingest`;
    const { a, b, adminToken, database } = await twoReplicas(['--siem-url', siemUrl]);
    const tokens = [await enroll(a, adminToken, 'ann@example.com'), await enroll(b, adminToken, 'bob@example.com')];

    const ship = async (server: ServerProcess, token: string, count: number) => {
      const events = Array.from({ length: count }, () => ({
        id: randomUUID(),
        at: Date.now(),
        kind: 'inspect',
        source: 'chatgpt.com',
        requester: null,
        verdict: 'allow',
        maskedText: 'a prompt',
        findings: [],
        detail: {},
      }));
      const response = await fetch(new URL('/v1/audit/events', server.url), {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ events }),
      });
      expect(response.status).toBe(200);
      return events.map((event) => event.id);
    };
    // Batches on both replicas at once, so their transactions interleave.
    const batches = await Promise.all(Array.from({ length: 20 }, (_, i) => ship([a, b][i % 2]!, tokens[i % 2]!, 25)));
    const sent = batches.flat();
    await expect.poll(() => received.length).toBeGreaterThanOrEqual(sent.length);
    expect(new Set(received).size).toBe(received.length);
    expect(new Set(received)).toEqual(new Set(sent));

    // A started first, so it holds the forwarder's lock: killed outright, B must take over. Killed once the cursor
    // records the last event sent: a replica that dies between the collector's answer and that write sends those
    // events again (at least once; each carries its id), and this test is about what it must never do.
    const db = await openDatabase({ dataDir: '', url: database });
    cleanups.push(() => db.close());
    await expect
      .poll(
        async () =>
          (await db.get<{ behind: number }>("SELECT COUNT(*) AS behind FROM audit_events WHERE (tx, seq) > (SELECT tx, seq FROM forward_cursor WHERE name = 'siem')"))?.behind,
      )
      .toBe(0);
    await a.kill();
    const late = await ship(b, tokens[1]!, 10);
    await expect.poll(() => late.every((id) => received.includes(id))).toBe(true);
    expect(new Set(received).size).toBe(received.length);
  });
});
