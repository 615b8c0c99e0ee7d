import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { testDb } from '../testing/memory-db';
import { AuditStore } from './audit-store';
import type { AuditEvent } from '@promptgate/shared';

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

describe('AuditStore', () => {
  it('stores a batch once: the same ids again are counted as duplicates, not stored', () => {
    const { db, clock } = testDb();
    const store = new AuditStore(db, clock.now);
    const batch = [event(), event(), event()];
    expect(store.ingest(device, batch)).toEqual({ accepted: 3, duplicates: 0 });
    expect(store.ingest(device, [...batch, event()])).toEqual({ accepted: 1, duplicates: 3 });
    expect(store.count()).toBe(4);
  });

  it('searches by words, verdict, user and time; LIKE wildcards in the query are literal', () => {
    const { db, clock } = testDb();
    const store = new AuditStore(db, clock.now);
    store.ingest(device, [
      event({ maskedText: 'deploy the API_KEY_1 today', verdict: 'redact', at: 10 }),
      event({ maskedText: 'lunch menu', verdict: 'allow', at: 20 }),
      event({ maskedText: '100% sure', verdict: 'warn', at: 30 }),
    ]);
    expect(store.search({ q: 'deploy today' }).map((e) => e.maskedText)).toEqual(['deploy the API_KEY_1 today']);
    expect(store.search({ q: '%' }).map((e) => e.maskedText)).toEqual(['100% sure']);
    expect(store.search({ verdict: 'allow' })).toHaveLength(1);
    expect(store.search({ user: 'someone-else@example.com' })).toHaveLength(0);
    expect(store.search({ since: 15, until: 30 }).map((e) => e.at)).toEqual([20]);
    expect(store.search({ afterSeq: 1 }).map((e) => e.seq)).toEqual([2, 3]);
  });

  it('filters by finding type and by device', () => {
    const { db, clock } = testDb();
    const store = new AuditStore(db, clock.now);
    const finding = (type: string) => ({ type, category: 'custom', start: 0, end: 5, placeholder: 'X_1', valueHash: null });
    const other = { id: 'dev-2', name: 'desktop', user: 'erin@example.com', groups: [] };
    store.ingest(device, [event({ maskedText: 'codename X_1', findings: [finding('custom:codename')] }), event({ maskedText: 'pat X_1', findings: [finding('github-pat')] })]);
    store.ingest(other, [event({ maskedText: 'plain' })]);
    expect(store.search({ findingType: 'custom:codename' }).map((e) => e.maskedText)).toEqual(['codename X_1']);
    expect(store.search({ findingType: 'custom' })).toHaveLength(0);
    expect(store.search({ deviceId: 'dev-2' }).map((e) => e.maskedText)).toEqual(['plain']);
  });
});
