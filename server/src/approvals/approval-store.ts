import { randomUUID } from 'node:crypto';
import type { Db } from '../db/open-db';
import type { Device, Principal } from '../auth/principal';
import { decodeCursor, encodeCursor } from '../http/paging';
import { customRulesOf, rescanMasked } from '../audit/rescan';
import { currentApprovalRules, type ApprovalRules } from './approval-rules';
import { ApprovalNotPendingError, HoldQuotaError, SelfApprovalError, UnknownApprovalError } from './errors';
import type { ApprovalStatus, ForwardApprovalRequest } from '@promptgate/shared';
import type { ApprovalChange, OrgApproval } from './types';

interface Row {
  id: string;
  device_id: string;
  local_id: string;
  user: string;
  requester: string;
  site: string;
  session_kind: 'chat' | 'sdk';
  masked_json: string;
  findings_json: string;
  allow_self_approval: number;
  status: ApprovalStatus;
  created_at: number;
  expires_at: number;
  decided_by: string | null;
  reason: string | null;
  decided_at: number | null;
}

type Listener = (approval: OrgApproval, change: ApprovalChange) => void;

/** Per device: one gateway must not fill the approvers' queue or the server's disk. */
export interface HoldLimits {
  pendingPerDevice: number;
  /** UTF-8 bytes of masked text across one device's pending holds. */
  pendingBytesPerDevice: number;
}

export const DEFAULT_HOLD_LIMITS: HoldLimits = { pendingPerDevice: 10, pendingBytesPerDevice: 4 * 1024 * 1024 };

/**
 * The org's queue of held prompts. Rows live in SQLite (a restart keeps them); waiters and listeners are in
 * memory and woken on every change, so a gateway long-polling an approval learns a decision at once. A hold
 * past its expiry counts as denied (`expired`), whether a sweep or a read notices first.
 */
export class ApprovalStore {
  readonly #waiters = new Map<string, Set<() => void>>();
  readonly #listeners = new Set<Listener>();

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
    /** The org's approval rules in force; the device's own idea of them is never used. */
    private readonly rules: () => ApprovalRules = () => currentApprovalRules(db),
    private readonly limits: HoldLimits = DEFAULT_HOLD_LIMITS,
  ) {
    this.#customRules = customRulesOf(db);
  }

  readonly #customRules: ReturnType<typeof customRulesOf>;

  /**
   * Idempotent per (device, local id): a gateway that retries after a lost answer gets the same approval.
   * The timeout and self-approval come from the server's policy; `input.timeoutSeconds` and
   * `input.allowSelfApproval` are what an older gateway still sends and are ignored.
   */
  create(device: Device, input: ForwardApprovalRequest): OrgApproval {
    const existing = this.db.prepare('SELECT * FROM approvals WHERE device_id = ? AND local_id = ?').get(device.id, input.localId) as Row | undefined;
    if (existing) return this.#fresh(existing);
    this.sweep();
    // Approvers read this text: a value the gateway's detector missed is masked here first, as in the audit store.
    const rules = this.#customRules();
    const maskedJson = JSON.stringify(input.maskedSegments.map((segment) => ({ ...segment, text: rescanMasked(segment.text, [], rules).text })));
    this.#checkQuota(device, Buffer.byteLength(maskedJson));
    const policy = this.rules();
    const id = randomUUID();
    const now = this.now();
    this.db
      .prepare(
        `INSERT INTO approvals (id, device_id, local_id, user, requester, site, session_kind, masked_json, findings_json, allow_self_approval, status, created_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)`,
      )
      .run(
        id,
        device.id,
        input.localId,
        device.user,
        input.requester,
        input.site,
        input.sessionKind,
        maskedJson,
        JSON.stringify(input.findings),
        policy.allowSelfApproval ? 1 : 0,
        now,
        now + policy.timeoutSeconds * 1000,
      );
    const approval = this.get(id);
    this.#emit(approval, 'created');
    return approval;
  }

  get(id: string): OrgApproval {
    const row = this.db.prepare('SELECT * FROM approvals WHERE id = ?').get(id) as Row | undefined;
    if (!row) throw new UnknownApprovalError();
    return this.#fresh(row);
  }

  list(filter: { status?: ApprovalStatus; limit?: number } = {}): OrgApproval[] {
    this.sweep();
    const limit = Math.min(filter.limit ?? 100, 1000);
    const rows = (
      filter.status
        ? this.db.prepare('SELECT * FROM approvals WHERE status = ? ORDER BY created_at DESC LIMIT ?').all(filter.status, limit)
        : this.db.prepare('SELECT * FROM approvals ORDER BY created_at DESC LIMIT ?').all(limit)
    ) as Row[];
    return rows.map(toApproval);
  }

  /** One page, newest first; `nextCursor` is absent on the last page. */
  page(filter: { status?: ApprovalStatus; limit: number; cursor?: string }): { approvals: OrgApproval[]; nextCursor?: string } {
    this.sweep();
    const where: string[] = [];
    const args: Array<string | number> = [];
    if (filter.status) {
      where.push('status = ?');
      args.push(filter.status);
    }
    if (filter.cursor) {
      const [createdAt, id] = decodeCursor(filter.cursor, 2);
      where.push('(created_at < ? OR (created_at = ? AND id < ?))');
      args.push(Number(createdAt), Number(createdAt), id!);
    }
    const sql = `SELECT * FROM approvals ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, id DESC LIMIT ?`;
    const rows = this.db.prepare(sql).all(...args, filter.limit + 1) as Row[];
    const approvals = rows.slice(0, filter.limit).map(toApproval);
    const last = approvals.at(-1);
    return { approvals, ...(rows.length > filter.limit && last ? { nextCursor: encodeCursor([String(last.createdAt), last.id]) } : {}) };
  }

  /**
   * An approver's decision. The held prompt's own user may not decide unless the policy allowed it when the
   * hold came in and still allows it now (a policy tightened since then applies at once).
   */
  decide(id: string, decision: 'approved' | 'denied', approver: Principal, reason: string): OrgApproval {
    const current = this.get(id);
    if (current.status !== 'pending') throw new ApprovalNotPendingError(current.status);
    const row = this.db.prepare('SELECT allow_self_approval FROM approvals WHERE id = ?').get(id) as { allow_self_approval: number };
    const selfAllowed = row.allow_self_approval === 1 && this.rules().allowSelfApproval;
    if (!selfAllowed && samePerson(approver.name, current.user)) throw new SelfApprovalError();
    return this.#settle(id, decision, approver.name, reason) ?? this.get(id);
  }

  /** The requester gave up, from the device that asked. */
  cancel(device: Device, id: string): OrgApproval {
    const current = this.get(id);
    if (current.deviceId !== device.id) throw new UnknownApprovalError();
    if (current.status !== 'pending') throw new ApprovalNotPendingError(current.status);
    return this.#settle(id, 'cancelled', current.requester, 'cancelled by the requester') ?? this.get(id);
  }

  /** Marks every hold past its expiry as expired; returns how many. */
  sweep(): number {
    const due = this.db.prepare("SELECT id FROM approvals WHERE status = 'pending' AND expires_at <= ?").all(this.now()) as Array<{ id: string }>;
    for (const { id } of due) this.#settle(id, 'expired', 'timeout', 'no decision before the policy timeout');
    return due.length;
  }

  /** Resolves when the approval changes, after `ms`, or on abort. */
  waitForChange(id: string, ms: number, signal?: AbortSignal): Promise<void> {
    if (ms <= 0 || signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const set = this.#waiters.get(id) ?? new Set();
      this.#waiters.set(id, set);
      const done = () => {
        clearTimeout(timer);
        set.delete(done);
        if (set.size === 0) this.#waiters.delete(id);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      set.add(done);
      signal?.addEventListener('abort', done);
    });
  }

  onChange(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #settle(id: string, status: Exclude<ApprovalStatus, 'pending'>, decidedBy: string, reason: string): OrgApproval | undefined {
    const changed = this.db
      .prepare("UPDATE approvals SET status = ?, decided_by = ?, reason = ?, decided_at = ? WHERE id = ? AND status = 'pending'")
      .run(status, decidedBy, reason, this.now(), id).changes;
    if (changed !== 1) return undefined;
    const approval = toApproval(this.db.prepare('SELECT * FROM approvals WHERE id = ?').get(id) as Row);
    for (const wake of [...(this.#waiters.get(id) ?? [])]) wake();
    this.#emit(approval, 'decided');
    return approval;
  }

  /** A pending row whose time ran out is settled as expired before anyone sees it. */
  #fresh(row: Row): OrgApproval {
    if (row.status === 'pending' && row.expires_at <= this.now()) return this.#settle(row.id, 'expired', 'timeout', 'no decision before the policy timeout') ?? this.get(row.id);
    return toApproval(row);
  }

  #checkQuota(device: Device, bytes: number): void {
    const held = this.db
      .prepare("SELECT COUNT(*) AS n, COALESCE(SUM(LENGTH(CAST(masked_json AS BLOB))), 0) AS bytes FROM approvals WHERE device_id = ? AND status = 'pending'")
      .get(device.id) as { n: number; bytes: number };
    if (held.n >= this.limits.pendingPerDevice) {
      throw new HoldQuotaError(`this device already has ${held.n} pending holds (at most ${this.limits.pendingPerDevice}); wait for a decision or cancel one`, this.limits);
    }
    if (held.bytes + bytes > this.limits.pendingBytesPerDevice) {
      throw new HoldQuotaError(
        `this device's pending holds would exceed ${this.limits.pendingBytesPerDevice} bytes of masked text; wait for a decision or cancel one`,
        this.limits,
      );
    }
  }

  #emit(approval: OrgApproval, change: ApprovalChange): void {
    for (const listener of this.#listeners) listener(approval, change);
  }
}

function samePerson(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function toApproval(row: Row): OrgApproval {
  return {
    id: row.id,
    deviceId: row.device_id,
    localId: row.local_id,
    user: row.user,
    requester: row.requester,
    site: row.site,
    sessionKind: row.session_kind,
    maskedSegments: JSON.parse(row.masked_json) as OrgApproval['maskedSegments'],
    findings: JSON.parse(row.findings_json) as OrgApproval['findings'],
    status: row.status,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    ...(row.decided_by !== null ? { decidedBy: row.decided_by } : {}),
    ...(row.reason !== null ? { reason: row.reason } : {}),
    ...(row.decided_at !== null ? { decidedAt: row.decided_at } : {}),
  };
}
