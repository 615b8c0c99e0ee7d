import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ENGINES } from '../testing/engines';
import { startTestServer, testDatabaseOptions, type TestServer } from '../testing/test-server';

const TOKEN = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';

let t: TestServer | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

interface Stored {
  maskedText: string;
  findings: Array<{ type: string; start: number; end: number; placeholder: string | null }>;
  detail: { serverMasked?: { count: number; types: string[] } };
}

describe.each(ENGINES)('the server scans ingested masked text again, on %s', (engine) => {
  it('masks, in audit events and held prompts, a secret and a custom-detector value the gateway missed, keeps the gateway findings in place, and counts the catches', async () => {
    t = await startTestServer(await testDatabaseOptions(engine));
    const admin = t.adminToken!;
    const policy = `version: 1\nname: org\ncustom:\n  - id: ticket\n    kind: regex\n    pattern: 'TICKET-\\d{4}'\n`;
    expect((await t.call('PUT', '/admin/policy', { token: admin, body: policy, type: 'application/yaml' })).status).toBe(201);
    const device = await t.enroll('kim@example.com');
    const maskedText = `mail [EMAIL_1] the token ${TOKEN} about TICKET-1234 [EMAIL_1]`;
    const known = (at: number) => ({ type: 'email', category: 'pii', start: at, end: at + '[EMAIL_1]'.length, placeholder: '[EMAIL_1]', valueHash: null });
    const leaky = {
      id: randomUUID(),
      at: 1000,
      kind: 'inspect',
      source: 'chatgpt.com',
      requester: 'ext',
      verdict: 'redact',
      maskedText,
      findings: [known(5), known(maskedText.lastIndexOf('[EMAIL_1]'))],
      detail: { gateway: 'old' },
    };
    const clean = { ...leaky, id: randomUUID(), maskedText: 'nothing to see here', findings: [], detail: {} };
    expect((await t.call('POST', '/v1/audit/events', { token: device, body: { events: [leaky, clean] } })).status).toBe(200);

    const { body } = await t.call<{ events: Stored[] }>('GET', '/admin/audit?deviceId=&limit=10', { token: admin });
    const stored = body.events.find((e) => e.maskedText.startsWith('mail'))!;
    expect(stored.maskedText).toBe('mail [EMAIL_1] the token [GITHUB_PAT] about [CUSTOM_TICKET] [EMAIL_1]');
    expect(stored.maskedText).not.toContain(TOKEN);
    for (const finding of stored.findings) expect(stored.maskedText.slice(finding.start, finding.end)).toBe(finding.placeholder);
    expect(stored.findings.map((f) => f.type)).toEqual(['email', 'github-pat', 'custom:ticket', 'email']);
    expect(stored.detail).toEqual({ gateway: 'old', serverMasked: { count: 2, types: ['github-pat', 'custom:ticket'] } });
    expect(body.events.find((e) => e.maskedText === 'nothing to see here')!.detail).toEqual({});

    const held = await t.call<{ approval: { id: string } }>('POST', '/v1/approvals', {
      token: device,
      body: { localId: 'h1', requester: 'ext', site: 'chatgpt.com', sessionKind: 'chat', maskedSegments: [{ id: 'prompt', text: `use ${TOKEN}` }], findings: [] },
    });
    expect(held.status).toBe(201);
    expect((await t.server.services.approvals.get(held.body.approval.id)).maskedSegments).toEqual([{ id: 'prompt', text: 'use [GITHUB_PAT]' }]);

    const stats = await t.call<{ events: number; serverMasked: { events: number; values: number } }>('GET', '/admin/audit/stats', { token: admin });
    expect(stats.body).toEqual({ events: 2, serverMasked: { events: 1, values: 2 } });
  });

  it('applies a custom detector pushed while ingest is under way to the batches after it', async () => {
    t = await startTestServer(await testDatabaseOptions(engine));
    const admin = t.adminToken!;
    const device = await t.enroll('kim@example.com');
    const probe = () => ({
      id: randomUUID(),
      at: 1000,
      kind: 'inspect',
      source: 'chatgpt.com',
      requester: 'ext',
      verdict: 'allow',
      maskedText: 'about TICKET-1234',
      findings: [],
      detail: {},
    });
    const newest = async () => {
      expect((await t!.call('POST', '/v1/audit/events', { token: device, body: { events: [probe()] } })).status).toBe(200);
      return (await t!.call<{ events: Stored[] }>('GET', '/admin/audit?limit=1', { token: admin })).body.events[0]!.maskedText;
    };
    // The detectors of the current policy (none) are read and kept by the first batch.
    expect(await newest()).toBe('about TICKET-1234');
    const policy = `version: 1\nname: org\ncustom:\n  - id: ticket\n    kind: regex\n    pattern: 'TICKET-\\d{4}'\n`;
    expect((await t.call('PUT', '/admin/policy', { token: admin, body: policy, type: 'application/yaml' })).status).toBe(201);
    // On PostgreSQL the push reaches the cache by NOTIFY, moments after it committed.
    await expect.poll(newest).toBe('about [CUSTOM_TICKET]');
  });
});
