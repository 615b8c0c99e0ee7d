import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '@promptgate/shared';
import { testDb } from '../testing/memory-db';
import { AuditStore } from './audit-store';
import { startAuditRetention } from './retention';

const DAY = 24 * 60 * 60_000;
const device = { id: 'dev-1', name: 'laptop', user: 'erin@example.com', groups: [] };

function event(at: number, maskedText: string): AuditEvent {
  return { id: randomUUID(), at, kind: 'inspect', source: 'chatgpt.com', requester: 'ext', verdict: 'allow', maskedText, findings: [], detail: {} };
}

describe('audit retention (frozen clock)', () => {
  it('deletes, in batches, every event older than the setting and nothing newer', async () => {
    const { db, clock } = testDb();
    const store = new AuditStore(db, clock.now);
    // More old events than one delete batch takes, so the sweep has to come back for the rest.
    store.ingest(
      device,
      Array.from({ length: 1_234 }, (_, i) => event(clock.now() - 40 * DAY + i, `old ${i}`)),
    );
    store.ingest(device, [event(clock.now() - 29 * DAY, 'recent enough'), event(clock.now(), 'today')]);
    const errors: unknown[] = [];
    const stop = startAuditRetention(store, { days: 30, now: clock.now, onError: (error) => errors.push(error) });
    try {
      await expect.poll(() => store.count(), { timeout: 30_000 }).toBe(2);
    } finally {
      stop();
    }
    expect(store.search({}).map((e) => e.maskedText)).toEqual(['today', 'recent enough']);
    expect(store.search({ q: 'old' })).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('keeps old events a SIEM has not been sent yet, and deletes them once it has', async () => {
    const { db, clock } = testDb();
    const store = new AuditStore(db, clock.now);
    store.ingest(device, [event(clock.now() - 40 * DAY, 'sent'), event(clock.now() - 39 * DAY, 'not sent yet')]);
    const sentSeq = store.search({ q: 'sent' }).find((e) => e.maskedText === 'sent')!.seq;
    let forwarded = sentSeq;
    const stop = startAuditRetention(store, { days: 30, now: clock.now, onError: () => {}, forwardedUpTo: () => forwarded, everyMs: 20 });
    try {
      await expect.poll(() => store.search({}).map((e) => e.maskedText), { timeout: 30_000 }).toEqual(['not sent yet']);
      forwarded = sentSeq + 1_000;
      await expect.poll(() => store.count(), { timeout: 30_000 }).toBe(0);
    } finally {
      stop();
    }
  });

  it('deleteBefore takes at most one batch, oldest first', () => {
    const { db, clock } = testDb();
    const store = new AuditStore(db, clock.now);
    store.ingest(device, [event(30, 'c'), event(10, 'a'), event(20, 'b'), event(99, 'kept')]);
    expect(store.deleteBefore(50, 2)).toBe(2);
    expect(store.search({}).map((e) => e.maskedText)).toEqual(['kept', 'c']);
    expect(store.deleteBefore(50, 2)).toBe(1);
    expect(store.deleteBefore(50, 2)).toBe(0);
  });
});
