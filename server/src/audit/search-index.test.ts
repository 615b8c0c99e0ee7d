import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '@promptgate/shared';
import { testDb } from '../testing/memory-db';
import { AuditStore } from './audit-store';
import { auditSearchSql } from './search-query';
import type { AuditFilters } from './types';

const device = { id: 'dev-1', name: 'laptop', user: 'erin@example.com', groups: [] };
const finding = (type: string) => ({ type, category: 'secret', start: 0, end: 5, placeholder: 'X_1', valueHash: null });

function event(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return { id: randomUUID(), at: 1_000, kind: 'inspect', source: 'chatgpt.com', requester: 'ext', verdict: 'redact', maskedText: 'text', findings: [], detail: {}, ...overrides };
}

describe('audit search on the full-text index', () => {
  it('matches every word as a case-insensitive substring, short words and query syntax included', () => {
    const { db, clock } = testDb();
    const store = new AuditStore(db, clock.now);
    store.ingest(device, [
      event({ maskedText: 'Deploy the API_KEY_1 to prod' }),
      event({ maskedText: 'say "NEAR" or OR AND * to the parser' }),
      event({ maskedText: 'deployment notes' }),
    ]);
    const texts = (q: string) => store.search({ q }).map((e) => e.maskedText);
    expect(texts('PLOY api_key')).toEqual(['Deploy the API_KEY_1 to prod']);
    expect(texts('deploy')).toEqual(['deployment notes', 'Deploy the API_KEY_1 to prod']);
    expect(texts('deploy to')).toEqual(['Deploy the API_KEY_1 to prod']);
    expect(texts('"near" OR')).toEqual(['say "NEAR" or OR AND * to the parser']);
    expect(texts('* AND')).toEqual(['say "NEAR" or OR AND * to the parser']);
    expect(texts('absent deploy')).toEqual([]);
  });

  it('every filter the admin API offers is answered from an index, not a scan of the events', () => {
    const { db } = testDb();
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
      const { sql, args } = auditSearchSql(filter);
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as Array<{ detail: string }>).map((step) => step.detail).join('; ');
      expect(plan, JSON.stringify(filter)).not.toMatch(/SCAN e(?! USING)/);
      expect(plan, JSON.stringify(filter)).toMatch(/INDEX|PRIMARY KEY|VIRTUAL TABLE/);
    }
  });

  it('a deleted event leaves neither its words nor its finding types behind', () => {
    const { db, clock } = testDb();
    const store = new AuditStore(db, clock.now);
    store.ingest(device, [
      event({ at: 1, maskedText: 'old codename X_1', findings: [finding('custom:codename')] }),
      event({ at: 5, maskedText: 'new codename X_1', findings: [finding('custom:codename')] }),
    ]);
    expect(store.deleteBefore(2, 100)).toBe(1);
    expect(store.search({ q: 'codename' }).map((e) => e.maskedText)).toEqual(['new codename X_1']);
    expect(store.search({ findingType: 'custom:codename' }).map((e) => e.maskedText)).toEqual(['new codename X_1']);
    expect(store.search({ findingType: 'custom:codename', q: 'codename' }).map((e) => e.maskedText)).toEqual(['new codename X_1']);
    expect(store.search({ findingType: 'custom:codename', q: 'old' })).toEqual([]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM audit_finding_types').get()).toEqual({ n: 1 });
  });
});
