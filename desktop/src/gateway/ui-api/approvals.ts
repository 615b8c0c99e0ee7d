import { z } from 'zod';
import { LIMITS } from '@promptgate/shared';
import type { RequestContext } from '../context';
import { readJson, HttpError, sendJson } from '@promptgate/shared/http-node';
import type { Handler } from '../http/router';
import { maskFreeText } from '../mask-free-text';
import { forApprover } from './approval-for-approver';

/** `GET /ui/api/approvals`: prompts waiting for a decision, masked, with the findings that held them apart. */
export const pendingApprovalsHandler: Handler<RequestContext> = ({ response, services }) => {
  sendJson(response, 200, { approvals: services.approvals.pending().map(forApprover) });
};

const decisionSchema = z.strictObject({
  decision: z.enum(['approve', 'deny']),
  reason: z.string().trim().min(1, 'give a reason').max(LIMITS.justificationChars),
});

/** `POST /ui/api/approvals/:id/decision`: the person at this machine approves or denies, with a reason. */
export const decideApprovalHandler: Handler<RequestContext> = async ({ request, response, services, params, caller }) => {
  const body = await readJson(request, decisionSchema, LIMITS.smallBodyBytes);
  const id = params['id']!;
  const view = services.approvals.get(id);
  if (!view) throw new HttpError(404, 'unknown_approval', 'no such approval');
  const status = body.decision === 'approve' ? 'approved' : 'denied';
  const reason = maskFreeText(body.reason, services.policy.active.extraRules);
  if (!services.approvals.decide(id, status, caller.name, reason)) {
    throw new HttpError(409, 'approval_decided', `the approval is already ${services.approvals.get(id)?.status ?? 'gone'}`);
  }
  services.recorder.record({
    sessionKind: view.sessionKind,
    source: view.site,
    conversationId: view.conversationId,
    requester: view.requester,
    kind: 'approval',
    verdict: status === 'approved' ? 'allow' : 'block',
    maskedText: '',
    findings: [],
    detail: { approvalId: id, inspectEventId: view.eventId, decision: status, approver: caller.name, reason },
  });
  sendJson(response, 200, { approval: forApprover(services.approvals.get(id)!) });
};
