import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEvent } from '@promptgate/shared';
import type { Device } from '../auth/principal';
import { LocalChangeBus } from '../db/change-bus';
import type { SqlDatabase } from '../db/sql';
import { ENGINES } from '../testing/engines';
import { testDb } from '../testing/memory-db';
import { AuditStore } from './audit-store';
import type { AuditFilters } from './types';

const erin: Device = { id: 'dev-1', name: 'laptop', user: 'erin@example.com', groups: [] };
const kim: Device = { id: 'dev-2', name: 'desktop', user: 'kim@example.com', groups: [] };
const lee: Device = { id: 'dev-3', name: 'tablet', user: 'lee@example.com', groups: [] };
const finding = (type: string) => ({ type, category: 'secret', start: 0, end: 3, placeholder: 'X_1', valueHash: null });

/** Stored in this order (so seq order), each a number the cases below name it by. */
const EVENTS: Array<[number, Device, Partial<AuditEvent>]> = [
  [1, erin, { maskedText: 'Deploy the API_KEY_1 to prod', verdict: 'redact', at: 100, findings: [finding('github-pat')] }],
  [2, erin, { maskedText: 'say "NEAR" or OR AND * to the parser', verdict: 'allow', at: 200 }],
  [3, kim, { maskedText: 'deployment notes', verdict: 'warn', at: 300, source: 'claude.ai' }],
  [4, kim, { maskedText: '100% sure, 5_000 units', verdict: 'block', at: 400, source: 'claude.ai', findings: [finding('custom:codename')] }],
  [5, lee, { maskedText: 'path C:\\temp\\deploy', verdict: 'hold', kind: 'approval', at: 500, findings: [finding('github-pat'), finding('email')] }],
  [6, lee, { maskedText: 'Café menu', verdict: 'allow', kind: 'reply', at: 600 }],
  [7, erin, { maskedText: 'under_score and percent%', verdict: 'redact', at: 700, findings: [finding('email')] }],
];

/** Filters, with paging bounds given as the number of an event, and the events found, in the order found. */
const CASES: Array<[string, AuditFilters & { after?: number; before?: number }, number[]]> = [
  ['everything, newest first', {}, [7, 6, 5, 4, 3, 2, 1]],
  ['a word, as a substring', { q: 'deploy' }, [5, 3, 1]],
  ['words in any case, all of them', { q: 'PLOY api_key' }, [1]],
  ['a long and a short word', { q: 'deploy to' }, [1]],
  ['query syntax is text', { q: '"near" OR' }, [2]],
  ['an operator and a star', { q: '* AND' }, [2]],
  ['a percent sign is literal', { q: '%' }, [7, 4]],
  ['an underscore is literal', { q: '_' }, [7, 4, 1]],
  ['a backslash is literal', { q: '\\' }, [5]],
  ['an underscore inside a long word', { q: '5_0' }, [4]],
  ['a word found nowhere', { q: 'absent deploy' }, []],
  ['accented letters', { q: 'café' }, [6]],
  ['a user', { user: 'kim@example.com' }, [4, 3]],
  ['a device', { deviceId: 'dev-3' }, [6, 5]],
  ['a verdict', { verdict: 'allow' }, [6, 2]],
  ['a kind', { kind: 'approval' }, [5]],
  ['a source', { source: 'claude.ai' }, [4, 3]],
  ['a finding type', { findingType: 'github-pat' }, [5, 1]],
  ['a finding type is matched whole', { findingType: 'custom' }, []],
  ['a finding type and a word', { findingType: 'email', q: 'under' }, [7]],
  ['a finding type, a word and a time', { findingType: 'github-pat', q: 'deploy', since: 200 }, [5]],
  ['a time range, until excluded', { since: 200, until: 500 }, [4, 3, 2]],
  ['a user and a verdict', { user: 'erin@example.com', verdict: 'redact' }, [7, 1]],
  ['a limit', { limit: 2 }, [7, 6]],
  ['after an event, oldest first', { after: 2, limit: 3 }, [3, 4, 5]],
  ['before an event, newest first', { before: 4 }, [3, 2, 1]],
  ['a word before an event', { q: 'deploy', before: 5 }, [3, 1]],
  ['a finding type after an event', { findingType: 'github-pat', after: 1 }, [5]],
  ['a word after an event', { q: 'deploy', after: 1 }, [3, 5]],
];

describe.each(ENGINES)('audit search on %s: the same results on both engines', (engine) => {
  let db: SqlDatabase;
  let store: AuditStore;
  const seqOf = new Map<number, number>();
  const numberOf = new Map<number, number>();

  beforeAll(async () => {
    db = (await testDb(engine)).db;
    store = new AuditStore(db, new LocalChangeBus());
    for (const [n, device, overrides] of EVENTS) {
      await store.ingest(device, [
        { id: randomUUID(), at: 1_000, kind: 'inspect', source: 'chatgpt.com', requester: 'ext', verdict: 'allow', maskedText: '', findings: [], detail: {}, ...overrides },
      ]);
      const [stored] = await store.search({ limit: 1 });
      seqOf.set(n, stored!.seq);
      numberOf.set(stored!.seq, n);
    }
  });
  afterAll(() => db.close());

  it.each(CASES)('%s', async (_name, { after, before, ...filters }, expected) => {
    const found = await store.search({
      ...filters,
      ...(after !== undefined ? { afterSeq: seqOf.get(after)! } : {}),
      ...(before !== undefined ? { beforeSeq: seqOf.get(before)! } : {}),
    });
    expect(found.map((e) => numberOf.get(e.seq))).toEqual(expected);
  });
});
