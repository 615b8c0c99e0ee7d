import { describe, expect, it } from 'vitest';
import { DeviceStore } from '../enroll/device-store';
import { testDb as freshDb } from '../testing/memory-db';
import { ApprovalStore } from './approval-store';
import { ApprovalNotPendingError, HoldQuotaError, SelfApprovalError } from './errors';
import type { ForwardApprovalRequest } from '@promptgate/shared';

const approver = (name: string) => ({ name, roles: new Set(['approver'] as const), via: 'oidc' as const });
const hold = (overrides: Partial<ForwardApprovalRequest> = {}): ForwardApprovalRequest => ({
  localId: 'local-1',
  requester: 'ext',
  site: 'chatgpt.com',
  sessionKind: 'chat',
  maskedSegments: [{ id: 'prompt', text: 'about CUSTOM_1' }],
  findings: [],
  timeoutSeconds: 60,
  allowSelfApproval: false,
  ...overrides,
});

let device = { id: '', name: '', user: '', groups: [] as string[] };

/** A database with one enrolled device, Alice's laptop. */
function testDb() {
  const fresh = freshDb();
  const devices = new DeviceStore(fresh.db, fresh.clock.now);
  device = devices.redeem(devices.createCode({ user: 'Alice@Example.com', groups: [], createdBy: 'admin', ttlMs: 60_000 }).code, 'laptop').device;
  return fresh;
}

describe('ApprovalStore (frozen clock)', () => {
  it('is idempotent per device and local id, so a retried forward does not make a second hold', () => {
    const { db, clock } = testDb();
    const store = new ApprovalStore(db, clock.now);
    const first = store.create(device, hold());
    expect(store.create(device, hold()).id).toBe(first.id);
    expect(store.list({ status: 'pending' })).toHaveLength(1);
  });

  it('refuses the requester as approver (any letter case) unless the server policy allows it, whatever the device says', () => {
    const { db, clock } = testDb();
    const rules = { timeoutSeconds: 120, allowSelfApproval: false };
    const store = new ApprovalStore(db, clock.now, () => rules);
    const mine = store.create(device, hold({ allowSelfApproval: true }));
    expect(() => store.decide(mine.id, 'approved', approver('alice@example.com'), 'ok')).toThrow(SelfApprovalError);
    rules.allowSelfApproval = true;
    const allowed = store.create(device, hold({ localId: 'local-2' }));
    expect(store.decide(allowed.id, 'approved', approver('alice@example.com'), 'ok').status).toBe('approved');
    // A policy tightened after the hold came in applies to it at once.
    const later = store.create(device, hold({ localId: 'local-3' }));
    rules.allowSelfApproval = false;
    expect(() => store.decide(later.id, 'approved', approver('alice@example.com'), 'ok')).toThrow(SelfApprovalError);
  });

  it('caps pending holds per device, by count and by size of masked text', () => {
    const { db, clock } = testDb();
    const store = new ApprovalStore(db, clock.now, () => ({ timeoutSeconds: 60, allowSelfApproval: false }), { pendingPerDevice: 2, pendingBytesPerDevice: 1000 });
    const first = store.create(device, hold({ localId: 'a' }));
    store.create(device, hold({ localId: 'b' }));
    expect(() => store.create(device, hold({ localId: 'c' }))).toThrow(HoldQuotaError);
    store.decide(first.id, 'denied', approver('bob@example.com'), 'no');
    expect(() => store.create(device, hold({ localId: 'big', maskedSegments: [{ id: 'p', text: 'x'.repeat(1000) }] }))).toThrow(HoldQuotaError);
    expect(store.create(device, hold({ localId: 'c' })).status).toBe('pending');
  });

  it('a decision wakes waiters at once and cannot be changed afterwards', async () => {
    const { db, clock } = testDb();
    const store = new ApprovalStore(db, clock.now);
    const created = store.create(device, hold());
    const changes: string[] = [];
    store.onChange((a, change) => changes.push(`${change}:${a.status}`));
    const waiting = store.waitForChange(created.id, 10_000);
    store.decide(created.id, 'denied', approver('bob@example.com'), 'not this one');
    await waiting;
    expect(store.get(created.id)).toMatchObject({ status: 'denied', decidedBy: 'bob@example.com', reason: 'not this one' });
    expect(() => store.decide(created.id, 'approved', approver('carol@example.com'), 'late')).toThrow(ApprovalNotPendingError);
    expect(changes).toEqual(['decided:denied']);
  });

  it('a hold past its timeout counts as expired (denied), by sweep or on read', () => {
    const { db, clock } = testDb();
    const rules = { timeoutSeconds: 30, allowSelfApproval: false };
    const store = new ApprovalStore(db, clock.now, () => rules);
    // The device's own timeout (a week) is ignored: the server policy's counts.
    const a = store.create(device, hold({ timeoutSeconds: 7 * 24 * 3600 }));
    rules.timeoutSeconds = 90;
    const b = store.create(device, hold({ localId: 'local-2', timeoutSeconds: 30 }));
    clock.advance(29_999);
    expect(store.sweep()).toBe(0);
    clock.advance(1);
    expect(store.sweep()).toBe(1);
    expect(store.get(a.id).status).toBe('expired');
    clock.advance(60_000);
    expect(store.get(b.id).status).toBe('expired');
    expect(() => store.decide(b.id, 'approved', approver('bob@example.com'), 'too late')).toThrow(ApprovalNotPendingError);
  });
});
