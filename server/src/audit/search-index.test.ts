import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEvent } from '@promptgate/shared';
import { LocalChangeBus } from '../db/change-bus';
import type { SqlDatabase } from '../db/sql';
import { ENGINES } from '../testing/engines';
import { testDb } from '../testing/memory-db';
import { AuditStore } from './audit-store';
import { auditSearchSql } from './search-query';
import type { AuditFilters } from './types';

const device = { id: 'dev-1', name: 'laptop', user: 'erin@example.com', groups: [] };
const finding = (type: string) => ({ type, category: 'secret', start: 0, end: 5, placeholder: 'X_1', valueHash: null });

function event(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return { id: randomUUID(), at: 1_000, kind: 'inspect', source: 'chatgpt.com', requester: 'ext', verdict: 'redact', maskedText: 'text', findings: [], detail: {}, ...overrides };
}

let db: SqlDatabase | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

describe('audit search on SQLite', () => {
  it('every filter the admin API offers is answered from an index, not a scan of the events', async () => {
    db = (await testDb('sqlite')).db;
    const filters: AuditFilters[] = [
      { q: 'deploy' },
      { user: 'erin@example.com' },
      { deviceId: 'dev-1' },
      { verdict: 'block' },
      { kind: 'notice' },
      { source: 'chatgpt.com' },
      { findingType: 'github-pat' },
      { findingType: 'github-pat', q: 'deploy', since: 5 },
      { q: 'deploy', beforeSeq: 100 },
      { findingType: 'github-pat', afterSeq: 100 },
      { since: 10, until: 20 },
    ];
    for (const filter of filters) {
      const { sql, args } = auditSearchSql('sqlite', filter);
      const plan = (await db.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, args)).map((step) => step.detail).join('; ');
      expect(plan, JSON.stringify(filter)).not.toMatch(/SCAN e(?! USING)/);
      expect(plan, JSON.stringify(filter)).toMatch(/INDEX|PRIMARY KEY|VIRTUAL TABLE/);
    }
  });

  it('a deleted event leaves neither its words nor its finding types behind', async () => {
    db = (await testDb('sqlite')).db;
    const store = new AuditStore(db, new LocalChangeBus());
    await store.ingest(device, [
      event({ at: 1, maskedText: 'old codename X_1', findings: [finding('custom:codename')] }),
      event({ at: 5, maskedText: 'new codename X_1', findings: [finding('custom:codename')] }),
    ]);
    expect(await store.deleteBefore(2, 100)).toBe(1);
    expect(await db.get('SELECT COUNT(*) AS n FROM audit_finding_types')).toEqual({ n: 1 });
  });
});

describe.each(ENGINES)('a deleted event on %s', (engine) => {
  it('is found neither by its words nor by its finding types', async () => {
    db = (await testDb(engine)).db;
    const store = new AuditStore(db, new LocalChangeBus());
    await store.ingest(device, [
      event({ at: 1, maskedText: 'old codename X_1', findings: [finding('custom:codename')] }),
      event({ at: 5, maskedText: 'new codename X_1', findings: [finding('custom:codename')] }),
    ]);
    expect(await store.deleteBefore(2, 100)).toBe(1);
    const texts = async (filters: AuditFilters) => (await store.search(filters)).map((e) => e.maskedText);
    expect(await texts({ q: 'codename' })).toEqual(['new codename X_1']);
    expect(await texts({ findingType: 'custom:codename' })).toEqual(['new codename X_1']);
    expect(await texts({ findingType: 'custom:codename', q: 'codename' })).toEqual(['new codename X_1']);
    expect(await texts({ findingType: 'custom:codename', q: 'old' })).toEqual([]);
  });
});
