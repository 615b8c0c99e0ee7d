import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEvent } from '@promptgate/shared';
import { LocalChangeBus } from '../db/change-bus';
import { openDatabase } from '../db/open-database';
import type { PostgresDatabase } from '../db/postgres-database';
import type { SqlDatabase } from '../db/sql';
import { testDb } from '../testing/memory-db';
import { AuditStore } from './audit-store';
import { DAY_MS, dayOf, dayOfPartition, partitionName } from './day-partitions';

const device = { id: 'dev-1', name: 'laptop', user: 'erin@example.com', groups: [] };
const event = (at: number, maskedText = 'text'): AuditEvent => ({
  id: randomUUID(),
  at,
  kind: 'inspect',
  source: 'chatgpt.com',
  requester: 'ext',
  verdict: 'allow',
  maskedText,
  findings: [],
  detail: {},
});

const opened: SqlDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.close();
});

/** Where each stored event sits: the partition's name, by masked text. */
async function placement(db: SqlDatabase): Promise<Record<string, string>> {
  const rows = await db.all<{ text: string; place: string }>('SELECT masked_text AS text, tableoid::regclass::text AS place FROM audit_events');
  return Object.fromEntries(rows.map((row) => [row.text, row.place]));
}

describe('day partitions of the audit trail', () => {
  it('names a UTC day and reads the name back', () => {
    const day = dayOf(Date.UTC(2026, 0, 15, 23, 59));
    expect(partitionName(day)).toBe('audit_events_p20260115');
    expect(dayOfPartition('audit_events_p20260115')).toBe(day);
    expect(dayOfPartition('audit_events_default')).toBeUndefined();
  });
});

describe('day partitions on postgres', () => {
  it('a batch lands in the partitions of its days; days far in the past or future go to the default partition', async () => {
    const { db, clock } = await testDb('postgres');
    opened.push(db);
    const store = new AuditStore(db, new LocalChangeBus(), clock.now);
    const today = dayOf(clock.now()) * DAY_MS;
    await store.ingest(device, [
      event(clock.now(), 'now'),
      event(today - 1, 'yesterday, last millisecond'),
      event(today + DAY_MS + 5, 'tomorrow'),
      event(clock.now() - 399 * DAY_MS, 'a year ago'),
      event(clock.now() - 401 * DAY_MS, 'too old for a partition'),
      event(clock.now() + 3 * DAY_MS, 'too far ahead'),
      event(7, 'a broken clock'),
    ]);
    const name = (at: number) => partitionName(dayOf(at));
    expect(await placement(db)).toEqual({
      now: name(clock.now()),
      'yesterday, last millisecond': name(today - 1),
      tomorrow: name(today + DAY_MS),
      'a year ago': name(clock.now() - 399 * DAY_MS),
      'too old for a partition': 'audit_events_default',
      'too far ahead': 'audit_events_default',
      'a broken clock': 'audit_events_default',
    });
  });

  it('two replicas making the same days at once both store their batches', async () => {
    const { db, clock } = await testDb('postgres');
    opened.push(db);
    const second = await openDatabase({ dataDir: '', url: (db as PostgresDatabase).options.url });
    opened.push(second);
    const a = new AuditStore(db, new LocalChangeBus(), clock.now);
    const b = new AuditStore(second, new LocalChangeBus(), clock.now);
    const days = Array.from({ length: 20 }, (_, i) => clock.now() - i * DAY_MS);
    const results = await Promise.all([
      a.ingest(
        device,
        days.map((at) => event(at, `a ${at}`)),
      ),
      b.ingest(
        device,
        days.map((at) => event(at, `b ${at}`)),
      ),
    ]);
    expect(results).toEqual([
      { accepted: 20, duplicates: 0 },
      { accepted: 20, duplicates: 0 },
    ]);
    const places = await placement(db);
    for (const at of days) expect([places[`a ${at}`], places[`b ${at}`]]).toEqual([partitionName(dayOf(at)), partitionName(dayOf(at))]);
  });

  it('a day whose events already sit in the default partition keeps using it, said once', async () => {
    const { db, clock } = await testDb('postgres');
    opened.push(db);
    const day = clock.now() - 10 * DAY_MS;
    // Stored by hand before the day had a partition (as by a server that made none).
    await db.run(
      `INSERT INTO audit_events (id, device_id, "user", at, kind, source, requester, verdict, masked_text, findings_json, detail_json, received_at)
       VALUES ('early', 'dev-1', 'erin@example.com', ?, 'inspect', 'chatgpt.com', NULL, 'allow', 'early', '[]', '{}', ?)`,
      [day, day],
    );
    const warnings: string[] = [];
    const store = new AuditStore(
      db,
      new LocalChangeBus(),
      clock.now,
      async () => [],
      (message) => warnings.push(message),
    );
    await store.ingest(device, [event(day + 1, 'late')]);
    await store.ingest(device, [event(day + 2, 'later')]);
    expect(await placement(db)).toEqual({ early: 'audit_events_default', late: 'audit_events_default', later: 'audit_events_default' });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(new Date(day).toISOString().slice(0, 10));
  });
});
