import { z } from 'zod';
import type { RequestContext } from '../context';
import { parseWith, readJson, sendJson } from '@promptgate/shared/http-node';
import { BODY_LIMITS } from '../http/body-limits';
import { pageParams } from '../http/paging';
import { openSse } from '@promptgate/shared';
import type { Handler } from '../http/router';

const statusSchema = z.enum(['pending', 'approved', 'denied', 'expired', 'cancelled']).optional();

/** `GET /admin/approvals?status=pending&limit=&cursor=`: newest first, one page; `nextCursor` when there is more. */
export const listApprovalsHandler: Handler<RequestContext> = async ({ response, services, url }) => {
  const status = parseWith(statusSchema, url.searchParams.get('status') || undefined);
  sendJson(response, 200, await services.approvals.page({ ...pageParams(url), ...(status ? { status } : {}) }));
};

/** `GET /admin/approvals/stream`: SSE, one `approval` event per change made on any replica. */
export const approvalStreamHandler: Handler<RequestContext> = ({ request, response, services }) => {
  const stream = openSse(request, response, services.shutdown);
  const unsubscribe = services.approvals.onChange((approval, change) => stream.send('approval', { change, approval }));
  stream.closed.addEventListener('abort', unsubscribe, { once: true });
};

const decisionSchema = z.strictObject({
  decision: z.enum(['approve', 'deny']),
  reason: z.string().trim().min(1, 'give a reason').max(2000),
});

/** `POST /admin/approvals/:id/decision`: approve or deny with a reason; not one's own held prompt. */
export const decideApprovalHandler: Handler<RequestContext> = async ({ request, response, services, principal, params }) => {
  const body = await readJson(request, decisionSchema, BODY_LIMITS.smallBytes);
  const approval = await services.approvals.decide(params['id']!, body.decision === 'approve' ? 'approved' : 'denied', principal!, body.reason);
  sendJson(response, 200, { approval });
};
