import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { ENGINES } from './testing/engines';
import { startTestServer, testDatabaseOptions, type TestServer } from './testing/test-server';

let t: TestServer | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const hold = (localId: string) => ({
  localId,
  requester: 'ext',
  site: 'claude.ai',
  sessionKind: 'chat',
  maskedSegments: [{ id: 'p', text: 'ship [CUSTOM_1] today' }],
  findings: [],
  timeoutSeconds: 60,
});

const auditEvent = (text: string) => ({
  id: randomUUID(),
  at: Date.now(),
  kind: 'inspect',
  source: 'chatgpt.com',
  requester: 'ext',
  verdict: 'redact',
  maskedText: text,
  findings: [],
  detail: {},
});

describe.each(ENGINES)('the org server end to end on %s', (engine) => {
  it('enrolls a device with a code, serves it the policy (then 304), serves a push at once, and stops it when revoked', async () => {
    t = await startTestServer(await testDatabaseOptions(engine));
    const admin = t.adminToken!;
    const issued = await t.call<{ code: string; fingerprint: string }>('POST', '/admin/enrollment-codes', { token: admin, body: { user: 'ann@example.com', groups: ['eng'] } });
    expect(issued.status).toBe(201);
    const enrolled = await t.call<{ token: string; device: { id: string; groups: string[] } }>('POST', '/v1/enroll', {
      body: { code: issued.body.code, deviceName: 'ann-laptop' },
    });
    expect(enrolled.status).toBe(201);
    expect(enrolled.body.device.groups).toEqual(['eng']);
    expect((await t.call('POST', '/v1/enroll', { body: { code: issued.body.code, deviceName: 'again' } })).status).toBe(403);
    const device = enrolled.body.token;

    const poll = (etag?: string) => fetch(`${t!.server.url}/v1/policy`, { headers: { authorization: `Bearer ${device}`, ...(etag ? { 'if-none-match': etag } : {}) } });
    const first = await poll();
    expect(first.status).toBe(200);
    expect(first.headers.get('x-policy-version')).toBe('1');
    await first.text();
    const etag = first.headers.get('etag')!;
    expect((await poll(etag)).status).toBe(304);

    const pushed = await t.call<{ version: { version: number } }>('PUT', '/admin/policy?comment=e2e', {
      token: admin,
      type: 'application/yaml',
      body: 'version: 1\nname: e2e\ncustom:\n  - { id: word, kind: keywords, keywords: [Bluebird], action: block }\n',
    });
    expect(pushed.body.version.version).toBe(2);
    const after = await poll(etag);
    expect(after.status).toBe(200);
    expect(after.headers.get('x-policy-version')).toBe('2');
    await after.text();

    const listed = await t.call<{ devices: Array<{ id: string; lastSeenAt: number | null }> }>('GET', '/admin/devices', { token: admin });
    expect(listed.body.devices).toEqual([expect.objectContaining({ id: enrolled.body.device.id, lastSeenAt: expect.any(Number) })]);
    expect((await t.call('DELETE', `/admin/devices/${enrolled.body.device.id}`, { token: admin })).status).toBe(200);
    expect((await poll()).status).toBe(401);
    expect((await t.call('DELETE', `/admin/devices/${enrolled.body.device.id}`, { token: admin })).status).toBe(409);
    const recorded = await t.call<{ events: Array<{ detail: { action?: string } }> }>('GET', '/admin/audit?deviceId=server', { token: admin });
    expect(recorded.body.events.map((event) => event.detail.action)).toContain('device-revoked');
  });

  it("answers a held prompt's long-poll when an approver decides, and refuses the decision twice", async () => {
    t = await startTestServer(await testDatabaseOptions(engine));
    const device = await t.enroll('bo@example.com');
    const created = await t.call<{ approval: { id: string; status: string } }>('POST', '/v1/approvals', { token: device, body: hold('h1') });
    expect(created.body.approval.status).toBe('pending');
    const id = created.body.approval.id;
    const waiting = t.call<{ approval: { status: string; decidedBy?: string } }>('GET', `/v1/approvals/${id}?wait=30`, { token: device });
    const listed = await t.call<{ approvals: Array<{ id: string }> }>('GET', '/admin/approvals?status=pending', { token: t.adminToken! });
    expect(listed.body.approvals.map((approval) => approval.id)).toEqual([id]);
    expect((await t.call('POST', `/admin/approvals/${id}/decision`, { token: t.adminToken!, body: { decision: 'approve', reason: 'fine' } })).status).toBe(200);
    expect((await waiting).body.approval).toMatchObject({ status: 'approved', decidedBy: 'quick-start admin' });
    expect((await t.call('POST', `/admin/approvals/${id}/decision`, { token: t.adminToken!, body: { decision: 'deny', reason: 'late' } })).status).toBe(409);
  });

  it('stores audit batches once (a retried batch is not doubled), finds them by word, and exports them', async () => {
    t = await startTestServer(await testDatabaseOptions(engine));
    const device = await t.enroll('cy@example.com');
    const batch = { events: [auditEvent('quarterly forecast draft'), auditEvent('holiday plans')] };
    expect((await t.call('POST', '/v1/audit/events', { token: device, body: batch })).body).toEqual({ accepted: 2, duplicates: 0 });
    expect((await t.call('POST', '/v1/audit/events', { token: device, body: batch })).body).toEqual({ accepted: 0, duplicates: 2 });
    const found = await t.call<{ events: Array<{ maskedText: string; user: string }> }>('GET', '/admin/audit?q=forecast', { token: t.adminToken! });
    expect(found.body.events).toEqual([expect.objectContaining({ maskedText: 'quarterly forecast draft', user: 'cy@example.com' })]);
    const exported = await fetch(`${t.server.url}/admin/audit/export?user=cy@example.com`, { headers: { authorization: `Bearer ${t.adminToken!}` } });
    const lines = (await exported.text()).trim().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { maskedText: string }).maskedText).sort()).toEqual(['holiday plans', 'quarterly forecast draft']);
  });

  it('rotates the signing key: the next bundle is signed with the new key and both keys are published', async () => {
    t = await startTestServer(await testDatabaseOptions(engine));
    const device = await t.enroll('di@example.com');
    const before = await fetch(`${t.server.url}/v1/policy`, { headers: { authorization: `Bearer ${device}` } });
    const kidOf = (jws: string) => (JSON.parse(Buffer.from(jws.split('.')[0]!, 'base64url').toString()) as { kid: string }).kid;
    const oldKid = kidOf(await before.text());
    const rotated = await t.call<{ kid: string }>('POST', '/admin/keys/rotate', { token: t.adminToken! });
    expect(rotated.body.kid).not.toBe(oldKid);
    const after = await fetch(`${t.server.url}/v1/policy`, { headers: { authorization: `Bearer ${device}` } });
    expect(kidOf(await after.text())).toBe(rotated.body.kid);
    const jwks = await t.call<{ keys: Array<{ kid: string }> }>('GET', '/.well-known/jwks.json');
    expect(jwks.body.keys.map((key) => key.kid).sort()).toEqual([oldKid, rotated.body.kid].sort());
  });
});

describe("a held prompt's long-poll on postgres", () => {
  it('is not ended by a wake that is not a decision (a late notification of its own creation)', async () => {
    const options = await testDatabaseOptions('postgres');
    t = await startTestServer(options);
    const device = await t.enroll('bo@example.com');
    const created = await t.call<{ approval: { id: string } }>('POST', '/v1/approvals', { token: device, body: hold('late-news') });
    const id = created.body.approval.id;
    let settled = false;
    const waiting = t.call<{ approval: { status: string; decidedBy?: string } }>('GET', `/v1/approvals/${id}?wait=30`, { token: device }).finally(() => (settled = true));
    // Another replica (here: a plain connection) tells of a change that is not a decision, again and again while the
    // long-poll waits: each one wakes the waiter, and none may answer it.
    const other = new pg.Client({ connectionString: options.databaseUrl });
    await other.connect();
    try {
      for (let told = 0; told < 100 && !settled; told++) {
        await other.query('SELECT pg_notify($1, $2)', ['promptgate_approvals', `created:${id}`]);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    } finally {
      await other.end();
    }
    // A long-poll a wake had ended would have answered 'pending' by now; this one is answered by the decision.
    expect((await t.call('POST', `/admin/approvals/${id}/decision`, { token: t.adminToken!, body: { decision: 'approve', reason: 'fine' } })).status).toBe(200);
    expect((await waiting).body.approval).toMatchObject({ status: 'approved', decidedBy: 'quick-start admin' });
  });
});
