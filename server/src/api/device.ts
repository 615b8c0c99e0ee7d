import type { RequestContext } from '../context';
import { auditBatchSchema, forwardApprovalRequestSchema, type ApprovalReply, type DeviceApproval, type IngestReply } from '@promptgate/shared';
import type { OrgApproval } from '../approvals/types';
import { HoldQuotaError, UnknownApprovalError } from '../approvals/errors';
import { readJson, HttpError, sendJson, sendText } from '@promptgate/shared/http-node';
import { BODY_LIMITS } from '../http/body-limits';
import type { Handler } from '../http/router';

const MAX_POLICY_WAIT_SECONDS = 55;

/**
 * `GET /v1/policy[?wait=S]`: the signed bundle (compact JWS); a matching `If-None-Match` gets 304. With `wait`
 * and a matching ETag the answer is held until a new bundle is signed (a push, rollback or rotation) or S
 * seconds pass: the gateway's push channel. `x-policy-wait` says the wait was honoured; `x-policy-poll-seconds`
 * is how often to poll when the channel is down.
 */
export const policyBundleHandler: Handler<RequestContext> = async ({ request, response, services, url }) => {
  const presented = request.headers['if-none-match'];
  const matches = (etag: string) => Boolean(presented?.split(',').some((tag) => tag.trim() === etag));
  const wait = Math.min(MAX_POLICY_WAIT_SECONDS, Math.max(0, Number(url.searchParams.get('wait') ?? 0) || 0));
  let bundle = await services.policies.currentBundle();
  if (wait > 0 && matches(bundle.etag)) {
    const gone = new AbortController();
    response.once('close', () => gone.abort());
    await services.policies.waitForChange(bundle.etag, wait * 1000, AbortSignal.any([gone.signal, services.shutdown]));
    if (gone.signal.aborted) return;
    bundle = await services.policies.currentBundle();
  }
  const headers = {
    etag: bundle.etag,
    'x-policy-version': String(bundle.version),
    'x-policy-poll-seconds': String(services.policyPollSeconds),
    ...(wait > 0 ? { 'x-policy-wait': String(wait) } : {}),
    'cache-control': 'no-cache',
  };
  if (matches(bundle.etag)) {
    response.writeHead(304, headers);
    response.end();
    return;
  }
  sendText(response, 200, bundle.jws, 'application/jose; charset=utf-8', headers);
};

/** `POST /v1/approvals`: a gateway forwards a hold for the org's approvers. */
export const forwardApprovalHandler: Handler<RequestContext> = async ({ request, response, services, device }) => {
  const body = await readJson(request, forwardApprovalRequestSchema, BODY_LIMITS.approvalBytes);
  try {
    sendJson(response, 201, { approval: deviceView(await services.approvals.create(device!, body)) } satisfies ApprovalReply);
  } catch (error) {
    if (error instanceof HoldQuotaError) throw new HttpError(429, 'hold_quota', error.message, { limits: error.limits });
    throw error;
  }
};

const MAX_WAIT_SECONDS = 30;

/** `GET /v1/approvals/:id?wait=S`: long-poll; answers as soon as an approver decides. */
export const deviceApprovalHandler: Handler<RequestContext> = async ({ request, response, services, device, params, url }) => {
  const id = params['id']!;
  let approval = await services.approvals.get(id);
  if (approval.deviceId !== device!.id) throw new UnknownApprovalError();
  const wait = Math.min(MAX_WAIT_SECONDS, Math.max(0, Number(url.searchParams.get('wait') ?? 0) || 0));
  if (approval.status === 'pending' && wait > 0) {
    const gone = new AbortController();
    request.once('close', () => gone.abort());
    const signal = AbortSignal.any([gone.signal, services.shutdown]);
    // Never past the expiry: an expired hold is answered when it expires, not at the end of the wait.
    const ends = performance.now() + Math.min(wait * 1000, Math.max(0, approval.expiresAt - services.now()) + 50);
    // A wake is not a decision: the approval's own creation can be heard after the wait began (PostgreSQL's
    // notifications arrive when they arrive), and a resync wakes every waiter. Still pending: wait out the rest.
    do {
      await services.approvals.waitForChange(id, ends - performance.now(), signal);
      approval = await services.approvals.get(id);
    } while (approval.status === 'pending' && !signal.aborted && performance.now() < ends);
  }
  sendJson(response, 200, { approval: deviceView(approval) } satisfies ApprovalReply);
};

/** `DELETE /v1/approvals/:id`: the person gave up waiting. */
export const cancelDeviceApprovalHandler: Handler<RequestContext> = async ({ response, services, device, params }) => {
  sendJson(response, 200, { approval: deviceView(await services.approvals.cancel(device!, params['id']!)) } satisfies ApprovalReply);
};

/** `POST /v1/audit/events`: a batch from a gateway's outbox; ids already stored are counted, not stored again. */
export const ingestAuditHandler: Handler<RequestContext> = async ({ request, response, services, device }) => {
  const body = await readJson(request, auditBatchSchema, BODY_LIMITS.auditBatchBytes);
  sendJson(response, 200, (await services.audit.ingest(device!, body.events)) satisfies IngestReply);
};

function deviceView(approval: OrgApproval): DeviceApproval {
  const { id, localId, status, expiresAt, decidedBy, reason, decidedAt } = approval;
  return { id, localId, status, expiresAt, ...(decidedBy ? { decidedBy } : {}), ...(reason ? { reason } : {}), ...(decidedAt ? { decidedAt } : {}) };
}
