import { afterEach, describe, expect, it } from 'vitest';
import { SelfApprovalError } from '../approvals/errors';
import { ENGINES } from '../testing/engines';
import { startTestServer, testDatabaseOptions, type TestServer } from '../testing/test-server';

const policy = `version: 1
name: org
approval:
  approvers: org
  timeoutSeconds: 120
  allowSelfApproval: false
`;

const hold = (localId: string, text = 'about [CUSTOM_1]') => ({
  localId,
  requester: 'ext',
  site: 'chatgpt.com',
  sessionKind: 'chat',
  maskedSegments: [{ id: 'prompt', text }],
  findings: [],
  // What a gateway claims; the server's policy says otherwise.
  timeoutSeconds: 7 * 24 * 3600,
  allowSelfApproval: true,
});

let t: TestServer | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe.each(ENGINES)('org approvals follow the server policy, not the device, on %s', (engine) => {
  it('a device claiming allowSelfApproval and a 7-day timeout gets the policy 120 s and its owner cannot approve', async () => {
    let now = Date.UTC(2026, 0, 15, 9, 0, 0);
    t = await startTestServer({ now: () => now, ...(await testDatabaseOptions(engine)) });
    expect((await t.call('PUT', '/admin/policy', { token: t.adminToken!, body: policy, type: 'application/yaml' })).status).toBe(201);
    const device = await t.enroll('alice@example.com');
    const created = await t.call<{ approval: { id: string; expiresAt: number } }>('POST', '/v1/approvals', { token: device, body: hold('h1') });
    expect(created.status).toBe(201);
    expect(created.body.approval.expiresAt).toBe(now + 120_000);
    const alice = { name: 'alice@example.com', roles: new Set(['approver'] as const), via: 'oidc' as const };
    await expect(t.server.services.approvals.decide(created.body.approval.id, 'approved', alice, 'mine')).rejects.toThrow(SelfApprovalError);
    now += 120_000;
    const after = await t.call<{ approval: { status: string } }>('GET', `/v1/approvals/${created.body.approval.id}`, { token: device });
    expect(after.body.approval.status).toBe('expired');
  });
});

describe.each(ENGINES)('quotas per device and paged admin lists on %s', (engine) => {
  it('refuses an 11th pending hold, and held text over 4 MB, with a 429 JSON error; other devices are unaffected', async () => {
    t = await startTestServer(await testDatabaseOptions(engine));
    const noisy = await t.enroll('noisy@example.com');
    for (let i = 0; i < 10; i++) expect((await t.call('POST', '/v1/approvals', { token: noisy, body: hold(`n${i}`) })).status).toBe(201);
    const refused = await t.call<{ error: { code: string; message: string } }>('POST', '/v1/approvals', { token: noisy, body: hold('n10') });
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatchObject({ code: 'hold_quota' });
    expect(refused.body.error.message).toContain('at most 10');

    const big = await t.enroll('big@example.com');
    const mb = 'x'.repeat(1024 * 1024 + 512 * 1024);
    expect((await t.call('POST', '/v1/approvals', { token: big, body: hold('b1', mb) })).status).toBe(201);
    expect((await t.call('POST', '/v1/approvals', { token: big, body: hold('b2', mb) })).status).toBe(201);
    const tooBig = await t.call<{ error: { code: string } }>('POST', '/v1/approvals', { token: big, body: hold('b3', mb) });
    expect(tooBig.status).toBe(429);
    expect(tooBig.body.error.code).toBe('hold_quota');
    expect((await t.call('POST', '/v1/approvals', { token: await t.enroll('quiet@example.com'), body: hold('q1') })).status).toBe(201);
  });

  it('pages approvals, devices and audit with limit and cursor, every row once', async () => {
    t = await startTestServer(await testDatabaseOptions(engine));
    const admin = t.adminToken!;
    const tokens: string[] = [];
    for (let i = 0; i < 5; i++) tokens.push(await t.enroll(`user${i}@example.com`));
    for (const [i, token] of tokens.entries()) await t.call('POST', '/v1/approvals', { token, body: hold(`p${i}`) });
    const events = Array.from({ length: 5 }, (_, i) => ({
      id: crypto.randomUUID(),
      at: 1000 + i,
      kind: 'inspect',
      source: 'chatgpt.com',
      requester: 'ext',
      verdict: 'allow',
      maskedText: `event ${i}`,
      findings: [],
      detail: {},
    }));
    expect((await t.call('POST', '/v1/audit/events', { token: tokens[0], body: { events } })).status).toBe(200);

    async function all(path: string, key: string): Promise<string[]> {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await t!.call<Record<string, Array<{ id: string }>> & { nextCursor?: string }>(
          'GET',
          `${path}${path.includes('?') ? '&' : '?'}limit=2${cursor ? `&cursor=${cursor}` : ''}`,
          { token: admin },
        );
        expect(page.status).toBe(200);
        expect(page.body[key]!.length).toBeLessThanOrEqual(2);
        seen.push(...page.body[key]!.map((row) => row.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      return seen;
    }
    for (const [path, key] of [
      ['/admin/approvals', 'approvals'],
      ['/admin/devices', 'devices'],
      ['/admin/audit', 'events'],
    ] as const) {
      const ids = await all(path, key);
      expect(ids).toHaveLength(5);
      expect(new Set(ids).size).toBe(5);
    }
    expect((await t.call('GET', '/admin/approvals?limit=100000', { token: admin })).status).toBe(400);
    expect((await t.call<{ error: { code: string } }>('GET', '/admin/devices?cursor=nonsense', { token: admin })).body.error.code).toBe('invalid_cursor');
  });
});

describe('custom regexes run in the linear-time engine', () => {
  it('refuses at push time what RE2 cannot run, with the line and the reason, and accepts (a+)+$', async () => {
    t = await startTestServer();
    const custom = (pattern: string) => `version: 1\nname: org\ncustom:\n  - id: ticket\n    kind: regex\n    pattern: '${pattern}'\n`;
    const refused = await t.call<{ error: { code: string; errors: Array<{ path: string; line: number; message: string }> } }>('PUT', '/admin/policy', {
      token: t.adminToken!,
      body: custom('(?<=id:)\\d+'),
      type: 'application/yaml',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.errors).toEqual([expect.objectContaining({ path: 'custom[0].pattern', line: 6, message: expect.stringMatching(/lookbehind.*linear-time/i) })]);
    const backreference = await t.call<{ error: { errors: Array<{ message: string }> } }>('PUT', '/admin/policy', {
      token: t.adminToken!,
      body: custom('(a)\\1'),
      type: 'application/yaml',
    });
    expect(backreference.status).toBe(422);
    expect(backreference.body.error.errors[0]!.message).toMatch(/backreference/i);
    expect((await t.call('PUT', '/admin/policy', { token: t.adminToken!, body: custom('(a+)+$'), type: 'application/yaml' })).status).toBe(201);
  });
});
