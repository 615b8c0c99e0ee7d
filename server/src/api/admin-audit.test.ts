import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEvent } from '@promptgate/shared';
import { ENGINES } from '../testing/engines';
import { startTestServer, testDatabaseOptions, type TestServer } from '../testing/test-server';
import type { StoredAuditEvent } from '../audit/types';

const device = { id: 'dev-1', name: 'laptop', user: 'mo@example.com', groups: [] };

function events(count: number, text: string): AuditEvent[] {
  return Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    at: 1_000 + i,
    kind: 'inspect',
    source: 'chatgpt.com',
    requester: 'ext',
    verdict: 'allow',
    maskedText: `${text} ${i}`,
    findings: [],
    detail: {},
  }));
}

let test: TestServer | undefined;
afterEach(async () => {
  await test?.close();
  test = undefined;
});

describe.each(ENGINES)('admin audit API on %s', (engine) => {
  it('pages newest first by cursor, and events arriving between pages neither repeat nor shift a page', async () => {
    test = await startTestServer(await testDatabaseOptions(engine));
    await test.server.services.audit.ingest(device, events(5, 'first'));
    const page = (cursor?: string) =>
      test!.call<{ events: StoredAuditEvent[]; nextCursor?: string }>('GET', `/admin/audit?q=first&limit=2${cursor ? `&cursor=${cursor}` : ''}`, { token: test!.adminToken });
    const one = await page();
    await test.server.services.audit.ingest(device, events(3, 'first arrived later'));
    const two = await page(one.body.nextCursor);
    const three = await page(two.body.nextCursor);
    const seen = [...one.body.events, ...two.body.events, ...three.body.events].map((e) => e.maskedText);
    expect(seen).toEqual(['first 4', 'first 3', 'first 2', 'first 1', 'first 0']);
    expect(three.body.nextCursor).toBeUndefined();
  });

  it('an export streams every matching event, oldest first, across many pages', async () => {
    test = await startTestServer(await testDatabaseOptions(engine));
    await test.server.services.audit.ingest(device, events(1_200, 'bulk'));
    await test.server.services.audit.ingest(device, events(3, 'other'));
    const response = await fetch(`${test.server.url}/admin/audit/export?q=bulk`, { headers: { authorization: `Bearer ${test.adminToken}` } });
    expect(response.status).toBe(200);
    const lines = (await response.text()).trim().split('\n');
    const exported = lines.map((line) => JSON.parse(line) as StoredAuditEvent);
    expect(exported).toHaveLength(1_200);
    expect(exported.map((e) => e.maskedText)).toEqual(Array.from({ length: 1_200 }, (_, i) => `bulk ${i}`));
  });
});
