import { describe, expect, it } from 'vitest';
import type { Device } from '../auth/principal';
import type { SqlExecutor } from '../db/sql';
import { ENGINES } from '../testing/engines';
import { testStores, twoReplicas } from '../testing/replicas';
import { ApprovalStore, type ApprovalStoreOptions } from './approval-store';
import { ApprovalNotPendingError, HoldQuotaError, SelfApprovalError } from './errors';
import type { ForwardApprovalRequest } from '@promptgate/shared';
import type { ApprovalChange, OrgApproval } from './types';

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

/** Alice's laptop, enrolled (a row is all the approvals table needs). */
async function enrolled(db: SqlExecutor, id = 'dev-alice', user = 'Alice@Example.com'): Promise<Device> {
  await db.run('INSERT INTO devices (id, token_hash, name, "user", groups_json, enrolled_at) VALUES (?, ?, ?, ?, ?, ?)', [id, `hash-${id}`, 'laptop', user, '[]', 0]);
  return { id, name: 'laptop', user, groups: [] };
}

function heardBy(store: ApprovalStore): string[] {
  const changes: string[] = [];
  store.onChange((approval: OrgApproval, change: ApprovalChange) => changes.push(`${change}:${approval.status}`));
  return changes;
}

describe.each(ENGINES)('ApprovalStore on %s (frozen clock)', (engine) => {
  async function setup(options: ApprovalStoreOptions = {}) {
    const { db, bus, clock } = await testStores(engine);
    return { db, clock, device: await enrolled(db), store: new ApprovalStore(db, bus, clock.now, options) };
  }

  it('is idempotent per device and local id, so a retried forward does not make a second hold', async () => {
    const { store, device } = await setup();
    const first = await store.create(device, hold());
    expect((await store.create(device, hold())).id).toBe(first.id);
    expect(await store.list({ status: 'pending' })).toHaveLength(1);
  });

  it('refuses the requester as approver (any letter case) unless the server policy allows it, whatever the device says', async () => {
    const rules = { timeoutSeconds: 120, allowSelfApproval: false };
    const { store, device } = await setup({ rules: () => rules });
    const mine = await store.create(device, hold({ allowSelfApproval: true }));
    await expect(store.decide(mine.id, 'approved', approver('alice@example.com'), 'ok')).rejects.toThrow(SelfApprovalError);
    rules.allowSelfApproval = true;
    const allowed = await store.create(device, hold({ localId: 'local-2' }));
    expect((await store.decide(allowed.id, 'approved', approver('alice@example.com'), 'ok')).status).toBe('approved');
    // A policy tightened after the hold came in applies to it at once.
    const later = await store.create(device, hold({ localId: 'local-3' }));
    rules.allowSelfApproval = false;
    await expect(store.decide(later.id, 'approved', approver('alice@example.com'), 'ok')).rejects.toThrow(SelfApprovalError);
  });

  it('caps pending holds per device, by count and by size of masked text', async () => {
    const { store, device } = await setup({ rules: () => ({ timeoutSeconds: 60, allowSelfApproval: false }), limits: { pendingPerDevice: 2, pendingBytesPerDevice: 1000 } });
    const first = await store.create(device, hold({ localId: 'a' }));
    await store.create(device, hold({ localId: 'b' }));
    await expect(store.create(device, hold({ localId: 'c' }))).rejects.toThrow(HoldQuotaError);
    await store.decide(first.id, 'denied', approver('bob@example.com'), 'no');
    await expect(store.create(device, hold({ localId: 'big', maskedSegments: [{ id: 'p', text: 'x'.repeat(1000) }] }))).rejects.toThrow(HoldQuotaError);
    expect((await store.create(device, hold({ localId: 'c' }))).status).toBe('pending');
  });

  it('a decision wakes waiters at once and cannot be changed afterwards', async () => {
    const { store, device } = await setup();
    const created = await store.create(device, hold());
    const changes = heardBy(store);
    const waiting = store.waitForChange(created.id, 600_000);
    await store.decide(created.id, 'denied', approver('bob@example.com'), 'not this one');
    await waiting;
    expect(await store.get(created.id)).toMatchObject({ status: 'denied', decidedBy: 'bob@example.com', reason: 'not this one' });
    await expect(store.decide(created.id, 'approved', approver('carol@example.com'), 'late')).rejects.toThrow(ApprovalNotPendingError);
    // (On PostgreSQL the hold's own notification may come after the listener was added: only decisions are counted.)
    await expect.poll(() => changes.filter((change) => change.startsWith('decided'))).toEqual(['decided:denied']);
  });

  it('a wait on an approval decided just before it began ends at once', async () => {
    const { store, device } = await setup();
    const created = await store.create(device, hold());
    await store.decide(created.id, 'approved', approver('bob@example.com'), 'fine');
    // The wait is far longer than the test's timeout: only the settled row can end it.
    await store.waitForChange(created.id, 600_000);
    expect((await store.get(created.id)).status).toBe('approved');
  });

  it('tells listeners of a new hold and of its decision, in order', async () => {
    const { store, device } = await setup();
    const changes = heardBy(store);
    const created = await store.create(device, hold());
    await expect.poll(() => changes).toEqual(['created:pending']);
    await store.cancel(device, created.id);
    await expect.poll(() => changes).toEqual(['created:pending', 'decided:cancelled']);
  });

  it('a hold past its timeout counts as expired (denied), by sweep or on read', async () => {
    const rules = { timeoutSeconds: 30, allowSelfApproval: false };
    const { store, device, clock } = await setup({ rules: () => rules });
    // The device's own timeout (a week) is ignored: the server policy's counts.
    const a = await store.create(device, hold({ timeoutSeconds: 7 * 24 * 3600 }));
    rules.timeoutSeconds = 90;
    const b = await store.create(device, hold({ localId: 'local-2', timeoutSeconds: 30 }));
    clock.advance(29_999);
    expect(await store.sweep()).toBe(0);
    clock.advance(1);
    expect(await store.sweep()).toBe(1);
    expect((await store.get(a.id)).status).toBe('expired');
    clock.advance(60_000);
    expect((await store.get(b.id)).status).toBe('expired');
    await expect(store.decide(b.id, 'approved', approver('bob@example.com'), 'too late')).rejects.toThrow(ApprovalNotPendingError);
  });

  it('takes the timeout and self-approval from the newest stored policy when no rules are given', async () => {
    const { db, store, device } = await setup();
    const policy = { version: 1, name: 'org', approval: { timeoutSeconds: 45, allowSelfApproval: true } };
    await db.run('INSERT INTO policy_versions (version, text, format, policy_json, author, comment, created_at) VALUES (1, ?, ?, ?, ?, ?, 0)', [
      '',
      'yaml',
      JSON.stringify(policy),
      'ann',
      '',
    ]);
    const created = await store.create(device, hold());
    expect(created.expiresAt - created.createdAt).toBe(45_000);
    expect((await store.decide(created.id, 'approved', approver('alice@example.com'), 'mine, allowed')).status).toBe('approved');
  });
});

describe('ApprovalStore with two replicas on PostgreSQL', () => {
  it("a decision made on A wakes B's long-poll and reaches B's listeners", async () => {
    const [a, b] = await twoReplicas();
    const onA = new ApprovalStore(a.db, a.bus, Date.now);
    const onB = new ApprovalStore(b.db, b.bus, Date.now);
    const device = await enrolled(a.db);
    const heardOnB = heardBy(onB);
    const created = await onA.create(device, hold());
    await expect.poll(() => heardOnB).toEqual(['created:pending']);

    // Far longer than the test may take: only the notification can end this wait.
    const waiting = onB.waitForChange(created.id, 600_000);
    await onA.decide(created.id, 'approved', approver('bob@example.com'), 'fine');
    await waiting;
    expect((await onB.get(created.id)).status).toBe('approved');
    await expect.poll(() => heardOnB).toEqual(['created:pending', 'decided:approved']);
  });

  it('two replicas sweeping at once expire each hold once, and every replica hears of each once', async () => {
    const [a, b] = await twoReplicas();
    let now = Date.UTC(2026, 0, 15, 9);
    const rules = () => ({ timeoutSeconds: 30, allowSelfApproval: false });
    const onA = new ApprovalStore(a.db, a.bus, () => now, { rules });
    const onB = new ApprovalStore(b.db, b.bus, () => now, { rules });
    const devices = await Promise.all([enrolled(a.db, 'd1', 'ann'), enrolled(a.db, 'd2', 'ben'), enrolled(a.db, 'd3', 'cy')]);
    const holds = [];
    for (const device of devices) for (const localId of ['x', 'y']) holds.push(await onA.create(device, hold({ localId })));
    const heardOnA = heardBy(onA);
    const heardOnB = heardBy(onB);
    now += 30_000;
    const swept = await Promise.all([onA.sweep(), onB.sweep(), onA.sweep(), onB.sweep()]);
    expect(swept.reduce((sum, n) => sum + n, 0)).toBe(holds.length);
    const expired = Array.from({ length: holds.length }, () => 'decided:expired');
    // (The holds' own notifications may arrive after the listeners were added: only decisions are counted.)
    const decisions = (heard: string[]) => heard.filter((change) => change.startsWith('decided'));
    await expect.poll(() => decisions(heardOnB)).toEqual(expired);
    await expect.poll(() => decisions(heardOnA)).toEqual(expired);
    for (const { id } of holds) expect((await onB.get(id)).status).toBe('expired');
  });

  it('two approvers deciding on two replicas at once: one decision stands, the other is refused', async () => {
    const [a, b] = await twoReplicas();
    const onA = new ApprovalStore(a.db, a.bus, Date.now);
    const onB = new ApprovalStore(b.db, b.bus, Date.now);
    const created = await onA.create(await enrolled(a.db), hold());
    const results = await Promise.allSettled([
      onA.decide(created.id, 'approved', approver('bob@example.com'), 'yes'),
      onB.decide(created.id, 'denied', approver('carol@example.com'), 'no'),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(ApprovalNotPendingError);
    expect((await onB.get(created.id)).status).toBe((won[0] as PromiseFulfilledResult<OrgApproval>).value.status);
  });
});
