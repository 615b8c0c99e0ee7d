import type { ApprovalQueue, ApprovalView } from '../gateway/approvals/approval-queue';
import type { PolicyHolder } from '../gateway/policy-holder';
import type { DecisionRecord } from '../gateway/recorder';
import { backoffDelay } from './backoff';
import type { OrgClient } from './org-client';

export interface ForwarderOptions {
  /** Long-poll length against the server. */
  waitSeconds?: number;
  minBackoffMs?: number;
  maxBackoffMs?: number;
}

/**
 * The seam between the local approval queue and the org's: when the org policy in force says
 * `approval.approvers: org`, every new hold is forwarded to the server and the gateway long-polls it; the
 * server's decision is applied to the local approval, which wakes the extension or SDK client waiting on it.
 * The local queue's own timeout still applies, so a hold the org never decides expires as denied.
 */
export class ApprovalForwarder {
  /** Local approval ids the org decides; the local UI may not decide them. */
  readonly #forwarded = new Set<string>();
  readonly #stop = new AbortController();
  readonly #unsubscribe: () => void;

  constructor(
    private readonly approvals: ApprovalQueue,
    private readonly policy: PolicyHolder,
    private readonly client: () => OrgClient | undefined,
    private readonly record: (record: DecisionRecord) => void,
    private readonly onError: (error: unknown, where: string) => void,
    private readonly options: ForwarderOptions = {},
  ) {
    this.#unsubscribe = approvals.onChange((view, change) => {
      if (change === 'created' && this.#orgDecides()) {
        this.#forwarded.add(view.id);
        void this.#follow(view).catch((error: unknown) => this.onError(error, 'org approval'));
      }
    });
  }

  isOrgApproval(localId: string): boolean {
    return this.#forwarded.has(localId);
  }

  close(): void {
    this.#stop.abort();
    this.#unsubscribe();
  }

  #orgDecides(): boolean {
    const active = this.policy.active;
    return active.source === 'org' && active.policy.approval.approvers === 'org' && this.client() !== undefined;
  }

  async #follow(view: ApprovalView): Promise<void> {
    // Ends the long-poll as soon as the local approval settles (cancelled, expired) or the gateway stops.
    const settled = new AbortController();
    const off = this.approvals.onChange((changed) => {
      if (changed.id === view.id && changed.status !== 'pending') settled.abort();
    });
    const signal = AbortSignal.any([this.#stop.signal, settled.signal]);
    try {
      await this.#loop(view, signal);
    } finally {
      off();
    }
  }

  async #loop(view: ApprovalView, signal: AbortSignal): Promise<void> {
    const stillPending = () => this.approvals.get(view.id)?.status === 'pending' && !signal.aborted;
    const allowSelfApproval = this.policy.active.policy.approval.allowSelfApproval;
    let serverId: string | undefined;
    let attempt = 0;
    while (stillPending()) {
      const client = this.client();
      if (!client) return;
      try {
        if (!serverId) {
          const forwarded = await client.forwardApproval({
            localId: view.id,
            requester: view.requester,
            site: view.site,
            sessionKind: view.sessionKind,
            maskedSegments: view.maskedSegments,
            findings: view.findings,
            // Only for servers from before approval rules were the server's own: a current server ignores both
            // and applies its policy's timeout and self-approval rule, so a tampered gateway cannot loosen them.
            timeoutSeconds: Math.max(1, Math.ceil((view.expiresAt - Date.now()) / 1000)),
            allowSelfApproval,
          });
          serverId = forwarded.id;
        }
        const state = await client.waitApproval(serverId, this.options.waitSeconds ?? 25, signal);
        attempt = 0;
        if (state.status === 'approved' || state.status === 'denied') {
          const approver = `${state.decidedBy ?? 'org approver'} (org)`;
          const reason = state.reason ?? '';
          if (this.approvals.decide(view.id, state.status, approver, reason)) {
            this.record({
              sessionKind: view.sessionKind,
              source: view.site,
              conversationId: view.conversationId,
              requester: view.requester,
              kind: 'approval',
              verdict: state.status === 'approved' ? 'allow' : 'block',
              maskedText: '',
              findings: [],
              detail: { approvalId: view.id, orgApprovalId: serverId, inspectEventId: view.eventId, decision: state.status, approver, reason },
            });
          }
          return;
        }
        if (state.status !== 'pending') return; // expired or cancelled on the server: the local timeout settles it
      } catch {
        if (!stillPending()) break;
        await sleep(backoffDelay(attempt++, { minMs: this.options.minBackoffMs ?? 500, maxMs: this.options.maxBackoffMs ?? 10_000 }), signal);
      }
    }
    // The requester cancelled locally: tell the server so approvers stop seeing it.
    if (serverId && this.approvals.get(view.id)?.status === 'cancelled')
      await this.client()
        ?.cancelApproval(serverId)
        .catch(() => undefined);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}
