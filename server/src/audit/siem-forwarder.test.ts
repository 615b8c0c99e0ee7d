import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEvent } from '@promptgate/shared';
import { changeBusFor, LocalChangeBus, type ChangeBus } from '../db/change-bus';
import { openDatabase } from '../db/open-database';
import type { PostgresDatabase } from '../db/postgres-database';
import type { SqlDatabase, SqlEngine } from '../db/sql';
import { ENGINES } from '../testing/engines';
import { testDb } from '../testing/memory-db';
import { AuditStore } from './audit-store';
import { siemCursor, startSiemForwarder } from './siem-forwarder';

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

const opened: SqlDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.close();
});

/** A collector that can be down, and a clock run by hand: retries happen only when the test says time passed. */
async function harness(engine: SqlEngine) {
  const { db } = await testDb(engine);
  opened.push(db);
  const bus: ChangeBus = new LocalChangeBus();
  const audit = new AuditStore(db, bus);
  const posts: string[] = [];
  const collector = { up: false };
  const pending: Array<{ ms: number; fn: () => void }> = [];
  const stop = startSiemForwarder(db, bus, audit, { url: 'http://siem.invalid/' }, () => undefined, {
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
  return { db, audit, posts, collector, pending, elapse, stop };
}

/** The masked texts in posts, in order. */
const texts = (posts: readonly string[]) =>
  posts
    .join('')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { maskedText: string }).maskedText);

describe.each(ENGINES)('SIEM forwarder backoff on %s', (engine) => {
  it('keeps its backoff while new events keep arriving, and sends everything once the collector is back', async () => {
    const h = await harness(engine);
    await h.audit.ingest(device, [event('e0')]);
    await expect.poll(() => h.pending.length).toBe(1);
    expect(h.posts).toHaveLength(1);
    // A busy org: events keep coming while the collector is down; none of them is a reason to post early.
    for (let i = 1; i <= 30; i++) await h.audit.ingest(device, [event(`e${i}`)]);
    expect(h.posts).toHaveLength(1);

    const waits: number[] = [];
    for (let retry = 0; retry < 7; retry++) {
      waits.push(h.elapse());
      await expect.poll(() => h.pending.length).toBe(1);
      await h.audit.ingest(device, [event(`during-${retry}`)]);
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000, 60_000]);
    expect(h.posts).toHaveLength(8);

    h.collector.up = true;
    h.elapse();
    await expect.poll(() => h.posts.slice(8).join('').trim().split('\n').length).toBe(38);
    const delivered = texts(h.posts.slice(8));
    expect(delivered[0]).toBe('e0');
    expect(delivered.at(-1)).toBe('during-6');
    h.stop();
  });

  it('starts again from the first backoff after a success', async () => {
    const h = await harness(engine);
    await h.audit.ingest(device, [event('a')]);
    await expect.poll(() => h.pending.length).toBe(1);
    expect(h.elapse()).toBe(1000);
    await expect.poll(() => h.pending.length).toBe(1);
    h.collector.up = true;
    h.elapse();
    await expect.poll(() => h.posts.length).toBe(3);
    h.collector.up = false;
    await h.audit.ingest(device, [event('b')]);
    await expect.poll(() => h.pending.length).toBe(1);
    expect(h.pending[0]!.ms).toBe(1000);
    h.stop();
    expect(h.pending).toHaveLength(0);
  });
});

describe.each(ENGINES)('SIEM delivery on %s', (engine) => {
  it('sends every event once, in order, and resumes from its stored cursor after a restart', async () => {
    const h = await harness(engine);
    h.collector.up = true;
    await h.audit.ingest(device, [event('a'), event('b')]);
    await expect.poll(() => texts(h.posts)).toEqual(['a', 'b']);
    const b = (await h.audit.search({ q: 'b' }))[0]!;
    await expect.poll(async () => (await siemCursor(h.db)).seq).toBe(b.seq);
    h.stop();
    await h.audit.ingest(device, [event('c')]);

    const sent: string[] = [];
    const stop = startSiemForwarder(h.db, new LocalChangeBus(), h.audit, { url: 'http://siem.invalid/' }, () => undefined, { send: async (body) => void sent.push(body) });
    await expect.poll(() => texts(sent)).toEqual(['c']);
    stop();
    expect(texts(h.posts)).toEqual(['a', 'b']);
  });
});

/** A failed delivery check, told with what it needs to be understood: each post apart, and each row's place. */
async function explained(h: Awaited<ReturnType<typeof harness>>, check: () => Promise<void>): Promise<void> {
  try {
    await check();
  } catch (error) {
    const rows = await h.db.all<{ seq: number; tx: string; masked_text: string }>('SELECT seq, tx::text AS tx, masked_text FROM audit_events ORDER BY seq');
    const cursor = await siemCursor(h.db);
    const posts = h.posts.map((post) => texts([post]));
    throw new Error(`${String(error)}\nposts: ${JSON.stringify(posts)}\nrows: ${JSON.stringify(rows)}\ncursor: ${JSON.stringify(cursor)}`, { cause: error });
  }
}

describe('SIEM delivery on postgres: the cursor is commit-safe', () => {
  it('an event whose transaction commits after a later-numbered one is still forwarded, exactly once', async () => {
    const h = await harness('postgres');
    h.collector.up = true;
    // Today's partitions are made first: making one waits for writers of the table, as the one below.
    await h.audit.ingest(device, [event('first')]);
    await expect.poll(() => texts(h.posts)).toEqual(['first']);
    await expect.poll(async () => (await siemCursor(h.db)).seq).toBeGreaterThan(0);
    // A writer that took its sequence number first and commits last: a `seq` cursor would pass it by.
    const writer = (h.db as PostgresDatabase).newClient();
    await writer.connect();
    try {
      await writer.query('BEGIN');
      await writer.query(
        `INSERT INTO audit_events (id, device_id, "user", at, kind, source, requester, verdict, masked_text, findings_json, detail_json, received_at)
         VALUES ($1, 'dev-1', 'erin@example.com', 1000, 'inspect', 'chatgpt.com', NULL, 'allow', 'held', '[]', '{}', 1000)`,
        [randomUUID()],
      );
      await h.audit.ingest(device, [event('later')]);
      const [later] = await h.audit.search({ q: 'later' });
      const held = await writer.query<{ seq: string }>("SELECT seq FROM audit_events WHERE masked_text = 'held'");
      expect(Number(held.rows[0]!.seq)).toBeLessThan(later!.seq);
      // Stored and committed, but not readable yet: the older writer is still open.
      const sent = await siemCursor(h.db);
      expect((await h.audit.eventsAfter(sent, 10)).events).toEqual([]);
      expect(await h.audit.anyAfter(sent)).toBe(true);
      await writer.query('COMMIT');
    } finally {
      await writer.end();
    }
    // The commit told nobody (it was not an ingest): the forwarder still finds both.
    await explained(h, () => expect.poll(() => texts(h.posts)).toEqual(['first', 'held', 'later']));
    await h.audit.ingest(device, [event('next')]);
    await explained(h, () => expect.poll(() => texts(h.posts)).toEqual(['first', 'held', 'later', 'next']));
    h.stop();
  });

  it('sends in the numeric order of writing transactions, where their ids gain a digit (9, 10, 11), skipping none', async () => {
    const { db } = await testDb('postgres');
    opened.push(db);
    // Transaction ids counted past 9 and 99 long ago on any server, and the cursor reads only the `tx` column:
    // rows written as by transactions 9, 10 and 11 are what a forwarder meets where real ids go from 99,999 to 100,000.
    for (const { tx, text } of [
      { tx: '9', text: 'nine' },
      { tx: '10', text: 'ten' },
      { tx: '11', text: 'eleven' },
    ]) {
      await db.run(
        `INSERT INTO audit_events (tx, id, device_id, "user", at, kind, source, requester, verdict, masked_text, findings_json, detail_json, received_at)
         VALUES (?::xid8, ?, 'dev-1', 'erin@example.com', 1000, 'inspect', 'chatgpt.com', NULL, 'allow', ?, '[]', '{}', 1000)`,
        [tx, randomUUID(), text],
      );
    }
    const sent: string[] = [];
    const bus = new LocalChangeBus();
    // One event per post: each post's cursor is where the next read starts.
    const stop = startSiemForwarder(db, bus, new AuditStore(db, bus), { url: 'http://siem.invalid/', batchSize: 1 }, () => undefined, {
      send: async (body) => void sent.push(body),
    });
    try {
      await expect.poll(async () => (await siemCursor(db)).tx).toBe('11');
      expect(texts(sent)).toEqual(['nine', 'ten', 'eleven']);
    } finally {
      stop();
    }
  });

  it('the forwarder on one replica hears of, and sends, what another replica stored', async () => {
    const { db } = await testDb('postgres');
    opened.push(db);
    const other = await openDatabase({ dataDir: '', url: (db as PostgresDatabase).options.url });
    opened.push(other);
    const [busA, busB] = await Promise.all([changeBusFor(db), changeBusFor(other)]);
    const sent: string[] = [];
    // Nothing but the bus can wake this forwarder: its own replica stores nothing, and its retry clock never runs.
    const stop = startSiemForwarder(db, busA, new AuditStore(db, busA), { url: 'http://siem.invalid/' }, () => undefined, {
      send: async (body) => void sent.push(body),
      schedule: () => () => undefined,
    });
    try {
      const replicaB = new AuditStore(other, busB);
      await replicaB.ingest(device, [event('stored on B')]);
      await expect.poll(() => texts(sent)).toEqual(['stored on B']);
      await replicaB.ingest(device, [event('and again')]);
      await expect.poll(() => texts(sent)).toEqual(['stored on B', 'and again']);
    } finally {
      stop();
      await Promise.all([busA.close(), busB.close()]);
    }
  });
});
