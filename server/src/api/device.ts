import type { RequestContext } from '../context';
import { auditBatchSchema } from '../audit/types';
import { forwardApprovalSchema, type OrgApproval } from '../approvals/types';
import { HoldQuotaError, UnknownApprovalError } from '../approvals/errors';
import { BODY_LIMITS, readJson } from '../http/body';
import { HttpError } from '../http/http-error';
import { sendJson, sendText } from '../http/respond';
import type { Handler } from '../http/router';

/** `GET /v1/policy`: the signed bundle (compact JWS); a matching `If-None-Match` gets 304. */
export const policyBundleHandler: Handler<RequestContext> = async ({ request, response, services }) => {
  const bundle = await services.policies.currentBundle();
  const headers = { etag: bundle.etag, 'x-policy-version': String(bundle.version), 'cache-control': 'no-cache' };
  const presented = request.headers['if-none-match'];
  if (presented && presented.split(',').some((tag) => tag.trim() === bundle.etag)) {
    response.writeHead(304, headers);
    response.end();
    return;
  }
  sendText(response, 200, bundle.jws, 'application/jose; charset=utf-8', headers);
};

/** `POST /v1/approvals`: a gateway forwards a hold for the org's approvers. */
export const forwardApprovalHandler: Handler<RequestContext> = async ({ request, response, services, device }) => {
  const body = await readJson(request, forwardApprovalSchema, BODY_LIMITS.approvalBytes);
  try {
    sendJson(response, 201, { approval: deviceView(services.approvals.create(device!, body)) });
  } catch (error) {
    if (error instanceof HoldQuotaError) throw new HttpError(429, 'hold_quota', error.message, { limits: error.limits });
    throw error;
  }
};

const MAX_WAIT_SECONDS = 30;

/** `GET /v1/approvals/:id?wait=S`: long-poll; answers as soon as an approver decides. */
export const deviceApprovalHandler: Handler<RequestContext> = async ({ request, response, services, device, params, url }) => {
  const id = params['id']!;
  let approval = services.approvals.get(id);
  if (approval.deviceId !== device!.id) throw new UnknownApprovalError();
  const wait = Math.min(MAX_WAIT_SECONDS, Math.max(0, Number(url.searchParams.get('wait') ?? 0) || 0));
  if (approval.status === 'pending' && wait > 0) {
    const gone = new AbortController();
    request.once('close', () => gone.abort());
    // Never past the expiry: an expired hold is answered when it expires, not at the end of the wait.
    const ms = Math.min(wait * 1000, Math.max(0, approval.expiresAt - services.now()) + 50);
    await services.approvals.waitForChange(id, ms, AbortSignal.any([gone.signal, services.shutdown]));
    approval = services.approvals.get(id);
  }
  sendJson(response, 200, { approval: deviceView(approval) });
};

/** `DELETE /v1/approvals/:id`: the person gave up waiting. */
export const cancelDeviceApprovalHandler: Handler<RequestContext> = ({ response, services, device, params }) => {
  sendJson(response, 200, { approval: deviceView(services.approvals.cancel(device!, params['id']!)) });
};

/** `POST /v1/audit/events`: a batch from a gateway's outbox; ids already stored are counted, not stored again. */
export const ingestAuditHandler: Handler<RequestContext> = async ({ request, response, services, device }) => {
  const body = await readJson(request, auditBatchSchema, BODY_LIMITS.auditBatchBytes);
  sendJson(response, 200, services.audit.ingest(device!, body.events));
};

function deviceView(approval: OrgApproval) {
  const { id, localId, status, expiresAt, decidedBy, reason, decidedAt } = approval;
  return { id, localId, status, expiresAt, ...(decidedBy ? { decidedBy } : {}), ...(reason ? { reason } : {}), ...(decidedAt ? { decidedAt } : {}) };
}
