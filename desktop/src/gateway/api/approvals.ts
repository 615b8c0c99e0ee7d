import type { ApprovalState } from '@promptgate/shared';
import type { ApprovalView } from '../approvals/approval-queue';
import type { RequestContext } from '../context';
import { HttpError, sendJson, startJson } from '@promptgate/shared/http-node';
import type { Handler } from '../http/router';

/** Longest a single long-poll waits; clients poll again, which also lets proxies and sleeps recover. */
const MAX_WAIT_SECONDS = 30;

function stateOf(view: ApprovalView, segments: ApprovalState['segments']): ApprovalState {
  return {
    id: view.id,
    status: view.status,
    expiresAt: view.expiresAt,
    ...(view.decidedBy ? { decidedBy: view.decidedBy } : {}),
    ...(view.reason ? { reason: view.reason } : {}),
    ...(segments ? { segments } : {}),
  };
}

function ownApproval(context: RequestContext, id: string): ApprovalView {
  const view = context.services.approvals.get(id);
  // Another client's approval is "not found" too: ids are not a way to learn about other people's prompts.
  if (!view || view.requester !== context.caller.name) throw new HttpError(404, 'unknown_approval', 'no such approval');
  return view;
}

/**
 * `GET /api/approvals/:id?wait=SECONDS`: the approval's state; with `wait`, a long-poll that answers as soon
 * as it changes. Approved answers carry the segments to send. A long-poll's status line goes out at once
 * (the approval exists and is the caller's), so the client knows the gateway is holding its request.
 */
export const approvalStateHandler: Handler<RequestContext> = async (context) => {
  const { params, url, response, services } = context;
  const id = params['id']!;
  let view = ownApproval(context, id);
  const wait = Math.min(MAX_WAIT_SECONDS, Math.max(0, Number(url.searchParams.get('wait') ?? 0) || 0));
  if (view.status === 'pending' && wait > 0) {
    const gone = new AbortController();
    context.request.once('close', () => gone.abort());
    const signal = AbortSignal.any([gone.signal, services.shutdown]);
    const answer = startJson(response, 200);
    await services.approvals.waitForChange(id, wait * 1000, signal);
    // Decided approvals stay readable for minutes, far longer than a wait: still there, still the caller's.
    view = services.approvals.get(id) ?? view;
    answer(stateOf(view, services.approvals.approvedSegments(id)));
    return;
  }
  sendJson(response, 200, stateOf(view, services.approvals.approvedSegments(id)));
};

/** `DELETE /api/approvals/:id`: the person gave up waiting. */
export const cancelApprovalHandler: Handler<RequestContext> = (context) => {
  const view = ownApproval(context, context.params['id']!);
  if (!context.services.approvals.cancel(view.id, context.caller.name)) {
    throw new HttpError(409, 'approval_decided', `the approval is already ${context.services.approvals.get(view.id)?.status ?? 'gone'}`);
  }
  sendJson(context.response, 200, stateOf(context.services.approvals.get(view.id)!, undefined));
};
