import { approvalFindings, inspectAnswer, inspectRequestSchema, limitsPassed, LIMITS, recordedFindings, recordedText } from '@promptgate/shared';
import type { RequestContext } from '../context';
import { readJson, sendJson } from '@promptgate/shared/http-node';
import type { Handler } from '../http/router';
import { conversationKey } from '../conversation-key';
import { maskFreeText } from '../mask-free-text';
import { inspectOffThread } from '../inspect-pool/inspect-off-thread';
import { heldBytes } from '../approvals/approval-queue';

/**
 * `POST /api/inspect`: the extension's one question, "may this prompt go out, and as what?". The answer is
 * sent only after the event is recorded, so an answered prompt is never missing from the log. A large
 * prompt is detected on a worker thread, so it never holds up the other clients.
 */
export const inspectHandler: Handler<RequestContext> = async ({ request, response, services, caller }) => {
  const body = await readJson(request, inspectRequestSchema, LIMITS.inspectBodyBytes);
  const active = services.policy.active;
  const { policy } = active;
  const started = performance.now();
  const result = await inspectOffThread(services.detectPool, body.segments, {
    policy,
    context: { site: body.source.site, client: 'browser' },
    vault: services.vaults.get(conversationKey(caller.name, body.source.site, body.conversationId)),
    extraRules: active.extraRules,
    hashValue: services.hashValue,
  });
  const latencyMs = performance.now() - started;
  if (result.action === 'hold') {
    services.approvals.ensureRoom(caller.name, heldBytes({ segmentsToSend: result.segments, maskedSegments: result.segments.map(({ maskedText }) => ({ text: maskedText })) }));
  }

  const { eventId } = services.recorder.record({
    sessionKind: 'chat',
    source: body.source.site,
    conversationId: body.conversationId,
    requester: caller.name,
    kind: 'inspect',
    verdict: result.action,
    maskedText: recordedText(result),
    findings: recordedFindings(result),
    // A page URL can carry a token in its query string: it is masked like any text before it is stored.
    detail: {
      url: maskFreeText(body.source.url, active.extraRules),
      segments: body.segments.map(({ id, kind, name }) => ({ id, kind, name })),
      latencyMs,
      policyVersion: policy.version,
      ...(limitsPassed(result).length > 0 ? { limits: limitsPassed(result) } : {}),
    },
  });

  const answer = inspectAnswer(result, policy, eventId, {
    name: policy.name,
    version: policy.version,
    source: active.source,
    failMode: policy.failMode,
    restoreResponses: policy.restoreResponses,
  });
  if (result.action === 'hold') {
    const approval = services.approvals.create({
      requester: caller.name,
      sessionKind: 'chat',
      site: body.source.site,
      eventId,
      conversationId: body.conversationId,
      maskedSegments: result.segments.map(({ id, maskedText }) => ({ id, text: maskedText })),
      findings: approvalFindings(result, policy),
      segmentsToSend: answer.segments,
      timeoutMs: policy.approval.timeoutSeconds * 1000,
    });
    answer.approvalId = approval.id;
    answer.approvers = active.source === 'org' && policy.approval.approvers === 'org' ? 'org' : 'local';
    // Until approved, the client learns nothing it could send.
    answer.segments = [];
  }
  services.recentEvents.add(eventId, {
    requester: caller.name,
    site: body.source.site,
    conversationId: body.conversationId,
    verdict: result.action,
    allowSendOriginal: policy.warn.allowSendOriginal,
    requireJustification: policy.warn.requireJustification,
    choiceMade: false,
  });
  sendJson(response, 200, answer);
};
