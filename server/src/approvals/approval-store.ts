import { randomUUID } from 'node:crypto';
import type { ChangeBus } from '../db/change-bus';
import type { SqlDatabase, SqlExecutor } from '../db/sql';
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

export interface ApprovalStoreOptions {
  /** The org's approval rules in force; the device's own idea of them is never used. Default: the newest policy's. */
  rules?: () => ApprovalRules | Promise<ApprovalRules>;
  limits?: HoldLimits;
  /** A change heard of that could not be read back: its listeners (admin streams, the webhook) miss it. */
  onError?: (error: unknown, where: string) => void;
}

const EXPIRED_BY = 'timeout';
const EXPIRED_REASON = 'no decision before the policy timeout';

/**
 * The org's queue of held prompts. Rows live in the database (a restart keeps them, every replica sees them);
 * every change is published on the change bus at commit, and each replica wakes its own waiters and tells its own
 * listeners when it hears of one, wherever it was made: a gateway long-polling replica B learns of a decision made
 * on replica A at once. A hold past its expiry counts as denied (`expired`), whether a sweep or a read notices
 * first; settling only ever moves a row out of `pending`, so two replicas sweeping at once settle each row once.
 */
export class ApprovalStore {
  readonly #waiters = new Map<string, Set<() => void>>();
  readonly #listeners = new Set<Listener>();
  readonly #customRules: ReturnType<typeof customRulesOf>;
  readonly #rules: () => ApprovalRules | Promise<ApprovalRules>;
  readonly #limits: HoldLimits;
  readonly #onError: (error: unknown, where: string) => void;
  /** Changes are told to listeners in the order they were heard, each read back from the database. */
  #delivery: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: SqlDatabase,
    private readonly bus: ChangeBus,
    private readonly now: () => number,
    options: ApprovalStoreOptions = {},
  ) {
    this.#customRules = customRulesOf(db, bus);
    this.#rules = options.rules ?? (() => currentApprovalRules(db));
    this.#limits = options.limits ?? DEFAULT_HOLD_LIMITS;
    this.#onError = options.onError ?? (() => undefined);
    bus.subscribe('approvals', (detail) => this.#heard(detail));
    // Notifications may have been missed: every waiter reads its approval again.
    bus.onResync(() => {
      for (const set of [...this.#waiters.values()]) for (const wake of [...set]) wake();
    });
  }

  /**
   * Idempotent per (device, local id): a gateway that retries after a lost answer gets the same approval.
   * The timeout and self-approval come from the server's policy; `input.timeoutSeconds` and
   * `input.allowSelfApproval` are what an older gateway still sends and are ignored.
   */
  async create(device: Device, input: ForwardApprovalRequest): Promise<OrgApproval> {
    const existing = await rowOf(this.db, device.id, input.localId);
    if (existing) return this.#fresh(existing);
    await this.sweep();
    // Approvers read this text: a value the gateway's detector missed is masked here first, as in the audit store.
    const rules = await this.#customRules();
    const maskedJson = JSON.stringify(input.maskedSegments.map((segment) => ({ ...segment, text: rescanMasked(segment.text, [], rules).text })));
    const policy = await this.#rules();
    const id = randomUUID();
    const now = this.now();
    const raced = await this.db.transaction(async (tx) => {
      // Two replicas taking holds from one device at once must not both pass its quota.
      if (tx.engine === 'postgres') await tx.run('SELECT pg_advisory_xact_lock(hashtext(?))', [`promptgate:approvals:${device.id}`]);
      const retried = await rowOf(tx, device.id, input.localId);
      if (retried) return retried;
      await this.#checkQuota(tx, device, Buffer.byteLength(maskedJson));
      await tx.run(
        `INSERT INTO approvals (id, device_id, local_id, "user", requester, site, session_kind, masked_json, findings_json, allow_self_approval, status, created_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)`,
        [
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
        ],
      );
      await this.bus.publish('approvals', changeDetail('created', id), tx);
      return undefined;
    });
    return raced ? this.#fresh(raced) : this.get(id);
  }

  async get(id: string): Promise<OrgApproval> {
    const row = await this.db.get<Row>('SELECT * FROM approvals WHERE id = ?', [id]);
    if (!row) throw new UnknownApprovalError();
    return this.#fresh(row);
  }

  async list(filter: { status?: ApprovalStatus; limit?: number } = {}): Promise<OrgApproval[]> {
    await this.sweep();
    const limit = Math.min(filter.limit ?? 100, 1000);
    const rows = filter.status
      ? await this.db.all<Row>('SELECT * FROM approvals WHERE status = ? ORDER BY created_at DESC, id DESC LIMIT ?', [filter.status, limit])
      : await this.db.all<Row>('SELECT * FROM approvals ORDER BY created_at DESC, id DESC LIMIT ?', [limit]);
    return rows.map(toApproval);
  }

  /** One page, newest first; `nextCursor` is absent on the last page. */
  async page(filter: { status?: ApprovalStatus; limit: number; cursor?: string }): Promise<{ approvals: OrgApproval[]; nextCursor?: string }> {
    await this.sweep();
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
    const rows = await this.db.all<Row>(sql, [...args, filter.limit + 1]);
    const approvals = rows.slice(0, filter.limit).map(toApproval);
    const last = approvals.at(-1);
    return { approvals, ...(rows.length > filter.limit && last ? { nextCursor: encodeCursor([String(last.createdAt), last.id]) } : {}) };
  }

  /**
   * An approver's decision. The held prompt's own user may not decide unless the policy allowed it when the
   * hold came in and still allows it now (a policy tightened since then applies at once). A decision that lost
   * a race (another approver, on any replica, or the expiry) is refused with the status that won.
   */
  async decide(id: string, decision: 'approved' | 'denied', approver: Principal, reason: string): Promise<OrgApproval> {
    const current = await this.#pending(id);
    const row = await this.db.get<{ allow_self_approval: number }>('SELECT allow_self_approval FROM approvals WHERE id = ?', [id]);
    const selfAllowed = row?.allow_self_approval === 1 && (await this.#rules()).allowSelfApproval;
    if (!selfAllowed && samePerson(approver.name, current.user)) throw new SelfApprovalError();
    return this.#settleOrRefuse(id, decision, approver.name, reason);
  }

  /** The requester gave up, from the device that asked. */
  async cancel(device: Device, id: string): Promise<OrgApproval> {
    const current = await this.get(id);
    if (current.deviceId !== device.id) throw new UnknownApprovalError();
    if (current.status !== 'pending') throw new ApprovalNotPendingError(current.status);
    return this.#settleOrRefuse(id, 'cancelled', current.requester, 'cancelled by the requester');
  }

  /** Marks every hold past its expiry as expired; returns how many this call settled. */
  async sweep(): Promise<number> {
    const now = this.now();
    return this.db.transaction(async (tx) => {
      const expired = await tx.all<{ id: string }>(
        "UPDATE approvals SET status = 'expired', decided_by = ?, reason = ?, decided_at = ? WHERE status = 'pending' AND expires_at <= ? RETURNING id",
        [EXPIRED_BY, EXPIRED_REASON, now, now],
      );
      for (const { id } of expired) await this.bus.publish('approvals', changeDetail('decided', id), tx);
      return expired.length;
    });
  }

  /**
   * Resolves when the approval changes on any replica, after `ms`, or on abort; at once when it is no longer
   * pending (a decision made just before the wait began is not waited out).
   */
  waitForChange(id: string, ms: number, signal?: AbortSignal): Promise<void> {
    if (ms <= 0 || signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const set = this.#waiters.get(id) ?? new Set();
      this.#waiters.set(id, set);
      const done = () => {
        clearTimeout(timer);
        set.delete(done);
        if (set.size === 0 && this.#waiters.get(id) === set) this.#waiters.delete(id);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      set.add(done);
      signal?.addEventListener('abort', done);
      this.db.get<{ status: string }>('SELECT status FROM approvals WHERE id = ?', [id]).then(
        (row) => {
          if (row?.status !== 'pending') done();
        },
        // The caller reads the approval again and meets the same failure there, where it is answered.
        done,
      );
    });
  }

  onChange(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** A change published by any replica (this one included): wake who waits on it, tell listeners what it is now. */
  #heard(detail: string): void {
    const parsed = parseChangeDetail(detail);
    if (!parsed) {
      this.#onError(new Error(`an approvals notification that is not "<change>:<id>": ${detail.slice(0, 100)}`), 'approvals');
      return;
    }
    const { change, id } = parsed;
    for (const wake of [...(this.#waiters.get(id) ?? [])]) wake();
    if (this.#listeners.size === 0) return;
    this.#delivery = this.#delivery.then(async () => {
      try {
        const row = await this.db.get<Row>('SELECT * FROM approvals WHERE id = ?', [id]);
        if (!row) return;
        const approval = toApproval(row);
        for (const listener of [...this.#listeners]) listener(approval, change);
      } catch (error) {
        this.#onError(error, `reading approval ${id} after a change`);
      }
    });
  }

  async #pending(id: string): Promise<OrgApproval> {
    const current = await this.get(id);
    if (current.status !== 'pending') throw new ApprovalNotPendingError(current.status);
    return current;
  }

  async #settleOrRefuse(id: string, status: Exclude<ApprovalStatus, 'pending'>, decidedBy: string, reason: string): Promise<OrgApproval> {
    const settled = await this.#settle(id, status, decidedBy, reason);
    if (settled) return settled;
    throw new ApprovalNotPendingError((await this.get(id)).status);
  }

  #settle(id: string, status: Exclude<ApprovalStatus, 'pending'>, decidedBy: string, reason: string): Promise<OrgApproval | undefined> {
    return this.db.transaction(async (tx) => {
      const row = await tx.get<Row>("UPDATE approvals SET status = ?, decided_by = ?, reason = ?, decided_at = ? WHERE id = ? AND status = 'pending' RETURNING *", [
        status,
        decidedBy,
        reason,
        this.now(),
        id,
      ]);
      if (!row) return undefined;
      await this.bus.publish('approvals', changeDetail('decided', id), tx);
      return toApproval(row);
    });
  }

  /** A pending row whose time ran out is settled as expired before anyone sees it. */
  async #fresh(row: Row): Promise<OrgApproval> {
    if (row.status === 'pending' && row.expires_at <= this.now()) return (await this.#settle(row.id, 'expired', EXPIRED_BY, EXPIRED_REASON)) ?? this.get(row.id);
    return toApproval(row);
  }

  async #checkQuota(tx: SqlExecutor, device: Device, bytes: number): Promise<void> {
    const held = await tx.get<{ n: number; bytes: number }>(
      "SELECT COUNT(*) AS n, COALESCE(SUM(octet_length(masked_json)), 0) AS bytes FROM approvals WHERE device_id = ? AND status = 'pending'",
      [device.id],
    );
    const n = held?.n ?? 0;
    if (n >= this.#limits.pendingPerDevice) {
      throw new HoldQuotaError(`this device already has ${n} pending holds (at most ${this.#limits.pendingPerDevice}); wait for a decision or cancel one`, this.#limits);
    }
    if ((held?.bytes ?? 0) + bytes > this.#limits.pendingBytesPerDevice) {
      throw new HoldQuotaError(
        `this device's pending holds would exceed ${this.#limits.pendingBytesPerDevice} bytes of masked text; wait for a decision or cancel one`,
        this.#limits,
      );
    }
  }
}

function rowOf(db: SqlExecutor, deviceId: string, localId: string): Promise<Row | undefined> {
  return db.get<Row>('SELECT * FROM approvals WHERE device_id = ? AND local_id = ?', [deviceId, localId]);
}

/** What the change bus carries: the kind of change and the approval's id, never its content. */
function changeDetail(change: ApprovalChange, id: string): string {
  return `${change}:${id}`;
}

function parseChangeDetail(detail: string): { change: ApprovalChange; id: string } | undefined {
  const at = detail.indexOf(':');
  const change = detail.slice(0, at);
  const id = detail.slice(at + 1);
  return at > 0 && id && (change === 'created' || change === 'decided') ? { change, id } : undefined;
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
