import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEvent } from '@promptgate/shared';
import { LocalChangeBus } from '../db/change-bus';
import type { SqlDatabase, SqlEngine } from '../db/sql';
import { ENGINES } from '../testing/engines';
import { testDb } from '../testing/memory-db';
import { AuditStore } from './audit-store';

const device = { id: 'dev-1', name: 'laptop', user: 'erin@example.com', groups: [] };

function event(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: randomUUID(),
    at: 1_000,
    kind: 'inspect',
    source: 'chatgpt.com',
    requester: 'ext',
    verdict: 'redact',
    maskedText: 'key is SECRET_1',
    findings: [],
    detail: {},
    ...overrides,
  };
}

describe.each(ENGINES)('AuditStore on %s', (engine: SqlEngine) => {
  let db: SqlDatabase | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });
  async function open() {
    const opened = await testDb(engine);
    db = opened.db;
    const bus = new LocalChangeBus();
    return { db: opened.db, clock: opened.clock, bus, store: new AuditStore(opened.db, bus, opened.clock.now) };
  }

  it('stores a batch once: the same ids again are counted as duplicates, not stored', async () => {
    const { store } = await open();
    const batch = [event(), event(), event()];
    expect(await store.ingest(device, batch)).toEqual({ accepted: 3, duplicates: 0 });
    expect(await store.ingest(device, [...batch, event()])).toEqual({ accepted: 1, duplicates: 3 });
    expect(await store.count()).toBe(4);
  });

  it('counts each of many batches stored at once on its own: its new events accepted, ids already stored or sent first by another as duplicates', async () => {
    const { store } = await open();
    const shared = [event(), event()];
    const batches = Array.from({ length: 12 }, (_, i) => (i % 3 === 0 ? [...shared, event()] : [event(), event(), event()]));
    const replies = await Promise.all(batches.map((batch, i) => store.ingest({ ...device, id: `dev-${i}` }, batch)));
    expect(replies.reduce((sum, r) => sum + r.accepted, 0)).toBe(8 * 3 + 4 * 1 + 2);
    expect(replies.reduce((sum, r) => sum + r.duplicates, 0)).toBe(3 * 2);
    for (const [i, reply] of replies.entries()) expect(reply.accepted + reply.duplicates).toBe(batches[i]!.length);
    expect(await store.count()).toBe(30);
    for (const stored of await store.search({ limit: 100 })) expect(stored.deviceId).toMatch(/^dev-\d+$/);
  });

  it('fails only the batch the database refuses when many are stored at once', async () => {
    const { store } = await open();
    // A NUL character: PostgreSQL refuses it in text; SQLite stores it. Either way no other batch is affected.
    const refusedByPostgres = [event({ maskedText: 'nul \u0000 here' })];
    const batches = Array.from({ length: 8 }, (_, i) => (i === 5 ? refusedByPostgres : [event(), event()]));
    const replies = await Promise.allSettled(batches.map((batch) => store.ingest(device, batch)));
    const failed = replies.flatMap((reply, i) => (reply.status === 'rejected' ? [i] : []));
    expect(failed).toEqual(engine === 'postgres' ? [5] : []);
    expect(await store.count()).toBe(7 * 2 + (engine === 'postgres' ? 0 : 1));
  });

  it('keeps what the gateway sent: texts, findings, detail, requester, who and when', async () => {
    const { store, clock } = await open();
    const finding = { type: 'github-pat', category: 'secret', start: 7, end: 19, placeholder: '[GITHUB_PAT]', valueHash: null };
    const sent = event({ maskedText: 'it is "[GITHUB_PAT]" \\ ok', findings: [finding], detail: { gateway: '1.2', nested: { n: 1 } }, requester: null, at: 1234 });
    await store.ingest(device, [sent]);
    const [stored] = await store.search({});
    expect(stored).toEqual({ ...sent, seq: stored!.seq, deviceId: 'dev-1', user: 'erin@example.com', receivedAt: clock.now() });
  });

  it('announces an ingest that stored something on the bus at once, a burst after it once more, and none that stored nothing', async () => {
    const { db, store, bus, clock } = await open();
    let heard = 0;
    bus.subscribe('audit', () => heard++);
    const batch = [event()];
    await store.ingest(device, batch);
    expect(heard).toBe(1);
    await store.ingest(device, [event()]);
    await store.recordServerEvent({ requester: '127.0.0.1', verdict: 'block', text: 'wrong admin token', detail: {} });
    await expect.poll(() => heard).toBe(2);

    // Another replica (its own bus, no burst under way) that receives only events already stored tells nothing.
    const otherBus = new LocalChangeBus();
    let heardByOther = 0;
    otherBus.subscribe('audit', () => heardByOther++);
    expect(await new AuditStore(db, otherBus, clock.now).ingest(device, batch)).toEqual({ accepted: 0, duplicates: 1 });
    expect(heardByOther).toBe(0);
  });

  it('searches by words, verdict, user and time; LIKE wildcards in the query are literal', async () => {
    const { store } = await open();
    await store.ingest(device, [
      event({ maskedText: 'deploy the API_KEY_1 today', verdict: 'redact', at: 10 }),
      event({ maskedText: 'lunch menu', verdict: 'allow', at: 20 }),
      event({ maskedText: '100% sure', verdict: 'warn', at: 30 }),
    ]);
    expect((await store.search({ q: 'deploy today' })).map((e) => e.maskedText)).toEqual(['deploy the API_KEY_1 today']);
    expect((await store.search({ q: '%' })).map((e) => e.maskedText)).toEqual(['100% sure']);
    expect(await store.search({ verdict: 'allow' })).toHaveLength(1);
    expect(await store.search({ user: 'someone-else@example.com' })).toHaveLength(0);
    expect((await store.search({ since: 15, until: 30 })).map((e) => e.at)).toEqual([20]);
    const first = (await store.search({ afterSeq: 0, limit: 1 }))[0]!;
    expect((await store.search({ afterSeq: first.seq })).map((e) => e.maskedText)).toEqual(['lunch menu', '100% sure']);
  });

  it('filters by finding type and by device', async () => {
    const { store } = await open();
    const finding = (type: string) => ({ type, category: 'custom', start: 0, end: 5, placeholder: 'X_1', valueHash: null });
    const other = { id: 'dev-2', name: 'desktop', user: 'erin@example.com', groups: [] };
    await store.ingest(device, [
      event({ maskedText: 'codename X_1', findings: [finding('custom:codename')] }),
      event({ maskedText: 'pat X_1', findings: [finding('github-pat')] }),
    ]);
    await store.ingest(other, [event({ maskedText: 'plain' })]);
    expect((await store.search({ findingType: 'custom:codename' })).map((e) => e.maskedText)).toEqual(['codename X_1']);
    expect(await store.search({ findingType: 'custom' })).toHaveLength(0);
    expect((await store.search({ deviceId: 'dev-2' })).map((e) => e.maskedText)).toEqual(['plain']);
  });

  it('counts what the server masked itself, and ignores a gateway detail that only looks like it', async () => {
    const { store } = await open();
    await store.ingest(device, [
      event({ maskedText: 'token ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u and ghp_Z9t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u' }),
      event({ maskedText: 'nothing here', detail: { serverMasked: { count: 'many' } } }),
      event({ maskedText: 'nothing here either' }),
    ]);
    expect(await store.serverMaskedStats()).toEqual({ events: 1, values: 2 });
  });
});
