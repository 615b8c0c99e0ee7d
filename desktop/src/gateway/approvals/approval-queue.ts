import { randomUUID } from 'node:crypto';
import type { ApprovalStatus } from '@promptgate/shared';
import { HttpError } from '@promptgate/shared/http-node';

/** What an approver sees: masked text and findings only. The text to send stays inside the queue. */
export interface ApprovalView {
  id: string;
  status: ApprovalStatus;
  createdAt: number;
  expiresAt: number;
  /** Token name of the extension or SDK client that asked. */
  requester: string;
  /** A chat in the browser or an SDK client run: where the held prompt came from. */
  sessionKind: 'chat' | 'sdk';
  /** Site hostname for chats, provider for SDK calls. */
  site: string;
  eventId: string;
  conversationId: string;
  maskedSegments: Array<{ id: string; text: string }>;
  findings: Array<{ type: string; title: string; category: string; action: string; placeholder: string }>;
  decidedBy?: string;
  reason?: string;
  decidedAt?: number;
}

export interface ApprovalRequest extends Omit<ApprovalView, 'id' | 'status' | 'createdAt' | 'expiresAt'> {
  /** What is sent once approved. Held only in memory, never logged or shown. */
  segmentsToSend: Array<{ id: string; text: string }>;
  timeoutMs: number;
}

interface Entry {
  view: ApprovalView;
  segmentsToSend: Array<{ id: string; text: string }>;
  /** `heldBytes` while pending; counted against the requester's limit. */
  bytes: number;
  timer: unknown;
  waiters: Set<() => void>;
}

export type ApprovalListener = (view: ApprovalView, change: 'created' | 'decided') => void;

/** The timers of the policy timeouts (a test's manual clock has this shape). */
export interface ExpiryTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** A pending hold's timer does not keep the process alive: shutting down leaves it pending, as `close` says. */
const SYSTEM_TIMERS: ExpiryTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** Decided approvals stay readable this long, so a client that polls a moment late still learns the outcome. */
const KEEP_DECIDED_MS = 10 * 60 * 1000;

export interface HoldLimits {
  /** Prompts one client may have waiting at once. */
  maxPendingPerRequester: number;
  /** Bytes of held text (what would be sent, and its masked copy) one client may have waiting at once. */
  maxPendingBytesPerRequester: number;
}

/** A person decides a handful at a time; more from one client is a loop or a flood, and each holds its text in memory. */
export const DEFAULT_HOLD_LIMITS: HoldLimits = { maxPendingPerRequester: 20, maxPendingBytesPerRequester: 32 * 1024 * 1024 };

/** What a held prompt keeps in memory until it is decided. */
export function heldBytes(request: { segmentsToSend: ReadonlyArray<{ text: string }>; maskedSegments: ReadonlyArray<{ text: string }> }): number {
  let bytes = 0;
  for (const segment of request.segmentsToSend) bytes += Buffer.byteLength(segment.text);
  for (const segment of request.maskedSegments) bytes += Buffer.byteLength(segment.text);
  return bytes;
}

/**
 * Prompts waiting for a person's decision. Each expires after the policy's timeout and then counts as
 * denied. Waiters (long-polls, SSE) are woken on every change; listeners drive the UI and notifications.
 * Each client may have only so many prompts, of so many bytes, waiting at once (`HoldLimits`).
 */
export class ApprovalQueue {
  readonly #entries = new Map<string, Entry>();
  readonly #listeners = new Set<ApprovalListener>();
  readonly #now: () => number;
  readonly #timers: ExpiryTimers;
  readonly #limits: HoldLimits;

  /** `timers` run the policy timeouts: injected so tests move time by hand instead of waiting for it. */
  constructor(options: { now?: () => number; timers?: ExpiryTimers; limits?: Partial<HoldLimits> } = {}) {
    this.#now = options.now ?? Date.now;
    this.#timers = options.timers ?? SYSTEM_TIMERS;
    this.#limits = { ...DEFAULT_HOLD_LIMITS, ...options.limits };
  }

  /**
   * Refuses (429 `too_many_holds`) when one more held prompt of `bytes` would take `requester` past its
   * limits. Callers ask before they record a hold, so the log never shows a hold that was not created.
   */
  ensureRoom(requester: string, bytes: number): void {
    let count = 0;
    let total = 0;
    for (const entry of this.#entries.values()) {
      if (entry.view.status !== 'pending' || entry.view.requester !== requester) continue;
      count++;
      total += entry.bytes;
    }
    const { maxPendingPerRequester, maxPendingBytesPerRequester } = this.#limits;
    if (count + 1 > maxPendingPerRequester) {
      throw new HttpError(
        429,
        'too_many_holds',
        `${requester} already has ${count} prompts waiting for approval (at most ${maxPendingPerRequester}); wait for a decision or cancel one, then send again`,
      );
    }
    if (total + bytes > maxPendingBytesPerRequester) {
      throw new HttpError(
        429,
        'too_many_holds',
        `${requester}'s prompts waiting for approval would hold ${mb(total + bytes)} (at most ${mb(maxPendingBytesPerRequester)}); wait for a decision or cancel one, then send again`,
      );
    }
  }

  create(request: ApprovalRequest): ApprovalView {
    const bytes = heldBytes(request);
    this.ensureRoom(request.requester, bytes);
    const now = this.#now();
    const { segmentsToSend, timeoutMs, ...rest } = request;
    const view: ApprovalView = { ...rest, id: randomUUID(), status: 'pending', createdAt: now, expiresAt: now + timeoutMs };
    const entry: Entry = {
      view,
      segmentsToSend,
      bytes,
      timer: this.#timers.setTimeout(() => this.#settle(view.id, 'expired', 'timeout', 'no decision before the policy timeout'), timeoutMs),
      waiters: new Set(),
    };
    this.#entries.set(view.id, entry);
    this.#emit(view, 'created');
    return view;
  }

  get(id: string): ApprovalView | undefined {
    return this.#entries.get(id)?.view;
  }

  /** The segments to send, only once approved. */
  approvedSegments(id: string): Array<{ id: string; text: string }> | undefined {
    const entry = this.#entries.get(id);
    return entry?.view.status === 'approved' ? entry.segmentsToSend : undefined;
  }

  pending(): ApprovalView[] {
    return [...this.#entries.values()].map((entry) => entry.view).filter((view) => view.status === 'pending');
  }

  pendingCount(): number {
    let count = 0;
    for (const entry of this.#entries.values()) if (entry.view.status === 'pending') count++;
    return count;
  }

  /** Approve or deny; false when it is not pending any more (decided, expired, cancelled) or unknown. */
  decide(id: string, decision: 'approved' | 'denied', decidedBy: string, reason: string): boolean {
    return this.#settle(id, decision, decidedBy, reason);
  }

  /** The requester gave up (closed the tab, pressed cancel). */
  cancel(id: string, requester: string): boolean {
    const entry = this.#entries.get(id);
    if (!entry || entry.view.requester !== requester) return false;
    return this.#settle(id, 'cancelled', requester, 'cancelled by the requester');
  }

  /** Resolves when the approval changes or after `ms`, whichever is first. */
  waitForChange(id: string, ms: number, signal?: AbortSignal): Promise<void> {
    const entry = this.#entries.get(id);
    if (!entry || entry.view.status !== 'pending' || ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        entry.waiters.delete(done);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      entry.waiters.add(done);
      signal?.addEventListener('abort', done);
    });
  }

  onChange(listener: ApprovalListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Stops timers (shutdown); pending approvals are left as they are. */
  close(): void {
    for (const entry of this.#entries.values()) {
      this.#timers.clearTimeout(entry.timer);
      for (const wake of entry.waiters) wake();
    }
  }

  #settle(id: string, status: Exclude<ApprovalStatus, 'pending'>, decidedBy: string, reason: string): boolean {
    const entry = this.#entries.get(id);
    if (!entry || entry.view.status !== 'pending') return false;
    this.#timers.clearTimeout(entry.timer);
    entry.view = { ...entry.view, status, decidedBy, reason, decidedAt: this.#now() };
    entry.bytes = 0;
    if (status !== 'approved') entry.segmentsToSend = [];
    for (const wake of [...entry.waiters]) wake();
    this.#emit(entry.view, 'decided');
    const forget = setTimeout(() => this.#entries.delete(id), KEEP_DECIDED_MS);
    forget.unref();
    return true;
  }

  #emit(view: ApprovalView, change: 'created' | 'decided'): void {
    for (const listener of this.#listeners) listener(view, change);
  }
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
