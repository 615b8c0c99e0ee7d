import { limitsPassed, type Inspection, type Policy } from '@promptgate/shared';
import type { DecisionRecord } from '../recorder';
import { formatPath } from './json-text';
import type { TextField, Usage } from './types';

/** Most masked prompt text one event keeps: an agent resends its whole history on every call. */
const MAX_LOGGED_CHARS = 64 * 1024;

/** The call as the session log sees it: who, which provider and model, where the log groups it. */
export interface CallInfo {
  requester: string;
  provider: string;
  endpoint: string;
  model: string | undefined;
  conversationId: string;
  stream: boolean;
}

/**
 * The masked prompt as one text: each field under a `path (kind):` heading, findings moved to their place in
 * it. Past the cap the text is cut; findings beyond it stay listed, pointing at the end.
 */
export function maskedTranscript(result: Inspection, texts: readonly TextField[], policy: Policy): Pick<DecisionRecord, 'maskedText' | 'findings'> {
  let maskedText = '';
  const findings: DecisionRecord['findings'] = [];
  result.segments.forEach((segment, i) => {
    const field = texts[i]!;
    const heading = `${maskedText ? '\n\n' : ''}${formatPath(field.path)} (${field.kind}):\n`;
    const base = maskedText.length + heading.length;
    if (policy.logging.storeMaskedPrompts && maskedText.length < MAX_LOGGED_CHARS) maskedText = (maskedText + heading + segment.maskedText).slice(0, MAX_LOGGED_CHARS);
    for (const finding of segment.findings) {
      const start = Math.min(base + finding.maskedStart, maskedText.length);
      const end = Math.min(base + finding.maskedEnd, maskedText.length);
      findings.push({
        type: finding.type,
        category: finding.category,
        start,
        end,
        placeholder: finding.placeholder,
        ...(finding.valueHash ? { valueHash: finding.valueHash } : {}),
      });
    }
  });
  return { maskedText, findings };
}

export function requestRecord(call: CallInfo, result: Inspection, texts: readonly TextField[], policy: Policy, detail: Record<string, unknown>): DecisionRecord {
  return {
    sessionKind: 'sdk',
    source: call.requester,
    conversationId: call.conversationId,
    requester: call.requester,
    kind: 'inspect',
    verdict: result.action,
    ...maskedTranscript(result, texts, policy),
    detail: {
      provider: call.provider,
      endpoint: call.endpoint,
      model: call.model ?? null,
      stream: call.stream,
      fields: texts.length,
      policyVersion: policy.version,
      ...(limitsPassed(result).length > 0 ? { limits: limitsPassed(result) } : {}),
      ...detail,
    },
  };
}

export interface ReplyOutcome {
  requestEventId: string;
  status: number;
  outcome: 'completed' | 'upstream_error' | 'client_closed' | 'failed';
  latencyMs: number;
  ttfbMs: number | null;
  usage: Usage | undefined;
  maskedReply: string;
  modelSecrets: number;
}

/** The reply: latency, usage, and (policy `logging.storeMaskedResponses`) the masked text. */
export function replyRecord(call: CallInfo, reply: ReplyOutcome, policy: Policy): DecisionRecord {
  return {
    sessionKind: 'sdk',
    source: call.requester,
    conversationId: call.conversationId,
    requester: call.requester,
    kind: 'reply',
    // `redact` when the model's own secrets were masked on the way back.
    verdict: reply.modelSecrets > 0 ? 'redact' : 'allow',
    maskedText: policy.logging.storeMaskedResponses ? reply.maskedReply : '',
    findings: [],
    detail: {
      provider: call.provider,
      endpoint: call.endpoint,
      model: call.model ?? null,
      stream: call.stream,
      requestEventId: reply.requestEventId,
      status: reply.status,
      outcome: reply.outcome,
      latencyMs: Math.round(reply.latencyMs * 10) / 10,
      ttfbMs: reply.ttfbMs === null ? null : Math.round(reply.ttfbMs * 10) / 10,
      usage: reply.usage ?? null,
      modelSecretsMasked: reply.modelSecrets,
    },
  };
}
