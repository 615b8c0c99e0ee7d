import { decideToolCall, type Policy, type Rule, type ToolCallDecision } from '@promptgate/shared';
import type { ApprovalView } from '../../approvals/approval-queue';
import type { GatewayServices } from '../../context';
import type { CallCancel } from '../call-cancel';
import { awaitApproval } from '../hold';
import { HttpError } from '@promptgate/shared/http-node';
import type { CallInfo } from '../record';
import { maskModelSecrets } from '../reply/model-secrets';
import { refusalText } from './refusal-text';

/** A tool call as a reply carries it: the tool's name and its arguments (JSON text, an object, or raw input). */
export interface ModelToolCall {
  name: string;
  arguments: unknown;
  /** The provider's id of the call (`call_…`, `toolu_…`), for the session log. */
  id?: string;
  /** The reply's own name for the call's kind, where it has several (Responses `function_call`, `custom_tool_call`). */
  type?: string;
}

/** What becomes of one tool call: sent to the agent as it is, or replaced by `text` saying why not. */
export type ToolCallVerdict = { allowed: true } | { allowed: false; text: string };

/** Decides the tool calls of one reply: at once for allow and block, once an approver answers for hold. */
export interface ToolCallGate {
  decide(call: ModelToolCall): ToolCallVerdict | Promise<ToolCallVerdict>;
}

export interface ToolCallGateOptions {
  services: GatewayServices;
  policy: Policy;
  extraRules: readonly Rule[];
  info: CallInfo;
  /** The session-log event of the request this reply answers. */
  requestEventId: string;
  /** Cancelled when the client leaves: a pending approval is cancelled with it. */
  cancel: CallCancel;
}

/** Most characters of a call's arguments shown to an approver and kept in the log. */
const SHOWN_CHARS = 4000;

/** Approval refusals that mean "no": the call is replaced by its refusal; anything else (client gone, shutdown) ends the reply. */
const REFUSED = new Set(['approval_denied', 'approval_timeout', 'approval_expired', 'approval_cancelled']);

const ALLOWED: ToolCallVerdict = { allowed: true };

function argumentText(args: unknown): string {
  return typeof args === 'string' ? args : (JSON.stringify(args) ?? '');
}

export function createToolCallGate(options: ToolCallGateOptions): ToolCallGate {
  const { services, policy, info } = options;
  /** The arguments as the log and an approver may see them: secrets masked, cut to a readable length. */
  const masked = (text: string) => maskModelSecrets(text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text, { policy, extraRules: options.extraRules }).text;

  const record = (call: ModelToolCall, decision: ToolCallDecision, shown: string): string =>
    services.recorder.recordJournaled({
      sessionKind: 'sdk',
      source: info.requester,
      conversationId: info.conversationId,
      requester: info.requester,
      kind: 'inspect',
      verdict: decision.action,
      maskedText: `tool call ${call.name}: ${shown}`,
      findings: [],
      detail: {
        provider: info.provider,
        endpoint: info.endpoint,
        model: info.model ?? null,
        requestEventId: options.requestEventId,
        toolCall: { name: call.name, id: call.id ?? null, action: decision.action, rule: decision.rule ?? null },
      },
    }).eventId;

  /** An approver's answer is recorded where it is given; a hold that ran out has no one to record it but here. */
  const recordExpiry = (approvalId: string, eventId: string) =>
    services.recorder.recordJournaled({
      sessionKind: 'sdk',
      source: info.requester,
      conversationId: info.conversationId,
      requester: info.requester,
      kind: 'approval',
      verdict: 'block',
      maskedText: '',
      findings: [],
      detail: { approvalId, inspectEventId: eventId, decision: 'expired', reason: `no decision within ${policy.approval.timeoutSeconds} s` },
    });

  const held = async (call: ModelToolCall, decision: ToolCallDecision & { rule: NonNullable<ToolCallDecision['rule']> }, shown: string, eventId: string) => {
    let approval: ApprovalView;
    try {
      approval = services.approvals.create({
        requester: info.requester,
        sessionKind: 'sdk',
        site: info.provider,
        eventId,
        conversationId: info.conversationId,
        // The org server takes segment ids of at most 200 characters; a tool's name is rarely past 64.
        maskedSegments: [{ id: `tool call ${call.name.slice(0, 150)}`, text: shown }],
        findings: [{ type: `tool-call:${decision.rule.id}`, title: decision.rule.title, category: 'tool-call', action: 'hold', placeholder: '' }],
        segmentsToSend: [],
        timeoutMs: policy.approval.timeoutSeconds * 1000,
      });
    } catch (error) {
      // Too many holds waiting already: a call nobody can be asked about is not run, and the agent is told why.
      if ((error as { code?: unknown }).code !== 'too_many_holds') throw error;
      return { allowed: false as const, text: refusalText(call.name, decision.rule, { unasked: (error as Error).message }) };
    }
    try {
      await awaitApproval(services, approval.id, info.requester, `tool call ${call.name}: ${decision.rule.title}`, options.cancel.signal);
      return ALLOWED;
    } catch (error) {
      if (!(error instanceof HttpError) || !REFUSED.has(error.code)) throw error;
      const view = services.approvals.get(approval.id);
      if (view?.status === 'expired') recordExpiry(approval.id, eventId);
      const outcome = view?.status === 'denied' ? { denied: view.reason ?? '' } : { unanswered: policy.approval.timeoutSeconds };
      return { allowed: false as const, text: refusalText(call.name, decision.rule, outcome) };
    }
  };

  return {
    decide(call) {
      const decision = decideToolCall({ name: call.name, arguments: call.arguments }, policy.toolCalls);
      const shown = masked(argumentText(call.arguments));
      const eventId = record(call, decision, shown);
      if (decision.action === 'allow' || !decision.rule) return ALLOWED;
      if (decision.action === 'block') return { allowed: false, text: refusalText(call.name, decision.rule, 'blocked') };
      return held(call, { ...decision, rule: decision.rule }, shown, eventId);
    },
  };
}
