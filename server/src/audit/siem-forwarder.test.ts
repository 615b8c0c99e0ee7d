import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { testDb } from '../testing/memory-db';
import { AuditStore } from './audit-store';
import { startSiemForwarder } from './siem-forwarder';
import type { AuditEvent } from '@promptgate/shared';

const device = { id: 'dev-1', name: 'laptop', user: 'erin@example.com', groups: [] };
const event = (text: string): AuditEvent => ({
  id: randomUUID(),
  at: 1_000,
  kind: 'inspect',
  source: 'chatgpt.com',
  requester: 'ext',
  verdict: 'allow',
  maskedText: text,
  findings: [],
  detail: {},
});

/** A collector that can be down, and a clock run by hand: retries happen only when the test says time passed. */
function harness() {
  const { db } = testDb();
  const audit = new AuditStore(db);
  const posts: string[] = [];
  const collector = { up: false };
  const pending: Array<{ ms: number; fn: () => void }> = [];
  const stop = startSiemForwarder(db, audit, { url: 'http://siem.invalid/' }, () => undefined, {
    send: (body) => {
      posts.push(body);
      return collector.up ? Promise.resolve() : Promise.reject(new Error('HTTP 503'));
    },
    schedule: (fn, ms) => {
      const entry = { ms, fn };
      pending.push(entry);
      return () => pending.splice(pending.indexOf(entry), 1);
    },
  });
  /** Lets the time of the next scheduled retry pass; returns the backoff it waited. */
  const elapse = () => {
    const next = pending.shift()!;
    next.fn();
    return next.ms;
  };
  return { audit, posts, collector, pending, elapse, stop };
}

describe('SIEM forwarder backoff', () => {
  it('keeps its backoff while new events keep arriving, and sends everything once the collector is back', async () => {
    const h = harness();
    h.audit.ingest(device, [event('e0')]);
    await expect.poll(() => h.pending.length).toBe(1);
    expect(h.posts).toHaveLength(1);
    // A busy org: events keep coming while the collector is down; none of them is a reason to post early.
    for (let i = 1; i <= 30; i++) h.audit.ingest(device, [event(`e${i}`)]);
    expect(h.posts).toHaveLength(1);

    const waits: number[] = [];
    for (let retry = 0; retry < 7; retry++) {
      waits.push(h.elapse());
      await expect.poll(() => h.pending.length).toBe(1);
      h.audit.ingest(device, [event(`during-${retry}`)]);
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000, 60_000]);
    expect(h.posts).toHaveLength(8);

    h.collector.up = true;
    h.elapse();
    await expect.poll(() => h.posts.slice(8).join('').trim().split('\n').length).toBe(38);
    const delivered = h.posts
      .slice(8)
      .join('')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { maskedText: string }).maskedText);
    expect(delivered[0]).toBe('e0');
    expect(delivered.at(-1)).toBe('during-6');
    h.stop();
  });

  it('starts again from the first backoff after a success', async () => {
    const h = harness();
    h.audit.ingest(device, [event('a')]);
    await expect.poll(() => h.pending.length).toBe(1);
    expect(h.elapse()).toBe(1000);
    await expect.poll(() => h.pending.length).toBe(1);
    h.collector.up = true;
    h.elapse();
    await expect.poll(() => h.posts.length).toBe(3);
    h.collector.up = false;
    h.audit.ingest(device, [event('b')]);
    await expect.poll(() => h.pending.length).toBe(1);
    expect(h.pending[0]!.ms).toBe(1000);
    h.stop();
    expect(h.pending).toHaveLength(0);
  });
});
