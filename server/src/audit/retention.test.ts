import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEvent } from '@promptgate/shared';
import { LocalChangeBus } from '../db/change-bus';
import type { SqlDatabase, SqlEngine } from '../db/sql';
import { ENGINES } from '../testing/engines';
import { testDb } from '../testing/memory-db';
import { AuditStore } from './audit-store';
import { dayOf, partitionName } from './day-partitions';
import { CURSOR_START } from './forward-cursor';
import { startAuditRetention } from './retention';

const DAY = 24 * 60 * 60_000;
const device = { id: 'dev-1', name: 'laptop', user: 'erin@example.com', groups: [] };

function event(at: number, maskedText: string): AuditEvent {
  return { id: randomUUID(), at, kind: 'inspect', source: 'chatgpt.com', requester: 'ext', verdict: 'allow', maskedText, findings: [], detail: {} };
}

const opened: SqlDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.close();
});

async function open(engine: SqlEngine) {
  const { db, clock } = await testDb(engine);
  opened.push(db);
  return { db, clock, store: new AuditStore(db, new LocalChangeBus(), clock.now) };
}

describe.each(ENGINES)('audit retention (frozen clock) on %s', (engine) => {
  it('deletes, in batches, every event older than the setting and nothing newer', async () => {
    const { db, clock, store } = await open(engine);
    // More old events than one delete batch takes, so the sweep has to come back for the rest; some of a day
    // past retention and some of a year ago (days that may have no partition of their own on PostgreSQL).
    await store.ingest(
      device,
      Array.from({ length: 1_234 }, (_, i) => event(clock.now() - (i % 2 ? 40 : 500) * DAY + i, `old ${i}`)),
    );
    await store.ingest(device, [event(clock.now() - 29 * DAY, 'recent enough'), event(clock.now(), 'today')]);
    const errors: unknown[] = [];
    const stop = startAuditRetention(store, { days: 30, now: clock.now, onError: (error) => errors.push(error) });
    try {
      await expect.poll(() => store.count(), { timeout: 30_000 }).toBe(2);
    } finally {
      stop();
    }
    expect((await store.search({})).map((e) => e.maskedText)).toEqual(['today', 'recent enough']);
    expect(await store.search({ q: 'old' })).toEqual([]);
    expect(errors).toEqual([]);
    if (engine === 'postgres') {
      // The old day went whole, its partition dropped; the days still kept keep theirs.
      const table = async (at: number) => (await db.get<{ name: string | null }>('SELECT to_regclass(?)::text AS name', [partitionName(dayOf(at))]))?.name;
      expect(await table(clock.now() - 40 * DAY)).toBeNull();
      expect(await table(clock.now() - 29 * DAY)).toBe(partitionName(dayOf(clock.now() - 29 * DAY)));
    }
  });

  it('keeps old events a SIEM has not been sent yet, and deletes them once it has', async () => {
    const { clock, store } = await open(engine);
    await store.ingest(device, [event(clock.now() - 40 * DAY, 'sent')]);
    await store.ingest(device, [event(clock.now() - 39 * DAY, 'not sent yet'), event(clock.now() - 900 * DAY, 'not sent either')]);
    // Where a forwarder that has sent the first event stands (on PostgreSQL events become readable once every
    // older transaction of the server has ended, hence the polls).
    const sentUpTo = async (count: number) => {
      const read = await store.eventsAfter(CURSOR_START, count);
      return read.events.length === count ? read.cursor : undefined;
    };
    await expect.poll(() => sentUpTo(1)).toBeDefined();
    let forwarded = (await sentUpTo(1))!;
    const stop = startAuditRetention(store, { days: 30, now: clock.now, onError: () => {}, forwardedUpTo: async () => forwarded, everyMs: 20 });
    try {
      await expect.poll(async () => (await store.search({})).map((e) => e.maskedText), { timeout: 30_000 }).toEqual(['not sent either', 'not sent yet']);
      await expect.poll(() => sentUpTo(2)).toBeDefined();
      forwarded = (await sentUpTo(2))!;
      await expect.poll(() => store.count(), { timeout: 30_000 }).toBe(0);
    } finally {
      stop();
    }
  });

  it('deleteBefore takes at most one batch, oldest first', async () => {
    const { store } = await open(engine);
    await store.ingest(device, [event(30, 'c'), event(10, 'a'), event(20, 'b'), event(99, 'kept')]);
    expect(await store.deleteBefore(50, 2)).toBe(2);
    expect((await store.search({})).map((e) => e.maskedText)).toEqual(['kept', 'c']);
    expect(await store.deleteBefore(50, 2)).toBe(1);
    expect(await store.deleteBefore(50, 2)).toBe(0);
  });
});
