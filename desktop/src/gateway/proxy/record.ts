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

/** The masked prompt as the session log keeps it for one call. */
export interface Transcript extends Pick<DecisionRecord, 'maskedText' | 'findings'> {
  /** Indexes of the fields whose whole masked text it holds: what the log holds of them once it is journaled. */
  whole: number[];
  /** How many fields it leaves out, as the session's log holds them already. */
  unchanged: number;
}

/**
 * The masked prompt as one text: each field under a `path (kind):` heading, findings moved to their place in
 * it. Past the cap the text is cut; findings beyond it stay listed, pointing at the end. A field the session's
 * log already holds (`alreadyLogged`, see `LoggedFields`) is not repeated: one line at the start says how many
 * were left out, and their findings stay listed, pointing at that line.
 */
export function transcriptOf(result: Inspection, texts: readonly TextField[], policy: Policy, alreadyLogged: readonly boolean[] = []): Transcript {
  const store = policy.logging.storeMaskedPrompts;
  // Without stored prompts nothing is left out: there is no text to leave it out of.
  const repeatedAt = (i: number): boolean => store && alreadyLogged[i] === true;
  const unchanged = result.segments.filter((_segment, i) => repeatedAt(i)).length;
  let maskedText = unchanged > 0 ? `(${unchanged} ${unchanged === 1 ? 'field' : 'fields'} logged unchanged with this session's earlier calls: not repeated)` : '';
  const note = maskedText.length;
  const findings: DecisionRecord['findings'] = [];
  const whole: number[] = [];
  result.segments.forEach((segment, i) => {
    const field = texts[i]!;
    const repeated = repeatedAt(i);
    const heading = repeated ? '' : `${maskedText ? '\n\n' : ''}${formatPath(field.path)} (${field.kind}):\n`;
    const base = maskedText.length + heading.length;
    if (!repeated && store && maskedText.length < MAX_LOGGED_CHARS) {
      if (base + segment.maskedText.length <= MAX_LOGGED_CHARS) whole.push(i);
      maskedText = (maskedText + heading + segment.maskedText).slice(0, MAX_LOGGED_CHARS);
    }
    for (const finding of segment.findings) {
      const start = repeated ? 0 : Math.min(base + finding.maskedStart, maskedText.length);
      const end = repeated ? note : Math.min(base + finding.maskedEnd, maskedText.length);
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
  return { maskedText, findings, whole, unchanged };
}

/** `transcriptOf` with nothing left out, as a record's text and findings. */
export function maskedTranscript(result: Inspection, texts: readonly TextField[], policy: Policy): Pick<DecisionRecord, 'maskedText' | 'findings'> {
  const { maskedText, findings } = transcriptOf(result, texts, policy);
  return { maskedText, findings };
}

export function requestRecord(
  call: CallInfo,
  result: Inspection,
  texts: readonly TextField[],
  transcript: Transcript,
  policy: Policy,
  detail: Record<string, unknown>,
): DecisionRecord {
  return {
    sessionKind: 'sdk',
    source: call.requester,
    conversationId: call.conversationId,
    requester: call.requester,
    kind: 'inspect',
    verdict: result.action,
    maskedText: transcript.maskedText,
    findings: transcript.findings,
    detail: {
      provider: call.provider,
      endpoint: call.endpoint,
      model: call.model ?? null,
      stream: call.stream,
      fields: texts.length,
      ...(transcript.unchanged > 0 ? { unchangedFields: transcript.unchanged } : {}),
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
