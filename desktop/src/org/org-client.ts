import {
  approvalReplySchema,
  endorsementsReplySchema,
  errorReplySchema,
  ingestReplySchema,
  type AuditEvent,
  type DeviceApproval,
  type EnrollRequest,
  type ForwardApprovalRequest,
  type IngestReply,
} from '@promptgate/shared';
import type { z } from 'zod';

/** The org server answered with something other than success. */
export class OrgServerError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface FetchedBundle {
  bundle: { jws: string; etag: string | null } | 'not-modified';
  /** The server held the answer for a change (it has the push channel). */
  waited: boolean;
  /** The org's poll interval, when the server sets one. */
  pollSeconds?: number;
}

/** The gateway's side of the org server's device API. Every call carries the device credential. */
export class OrgClient {
  constructor(
    readonly server: string,
    private readonly token: string,
  ) {}

  /**
   * The signed bundle, or `not-modified` when the ETag still matches. With `waitSeconds` the server holds the
   * answer until a new bundle is signed (the push channel); `waited` says whether it honoured that.
   */
  async fetchBundle(etag: string | null, wait?: { seconds: number; signal: AbortSignal }): Promise<FetchedBundle> {
    const path = wait ? `/v1/policy?wait=${wait.seconds}` : '/v1/policy';
    const response = await this.#call('GET', path, undefined, etag ? { 'if-none-match': etag } : {}, 10_000 + (wait?.seconds ?? 0) * 1000, wait?.signal);
    const pollSeconds = Number(response.headers.get('x-policy-poll-seconds')) || undefined;
    const meta = { waited: response.headers.has('x-policy-wait'), ...(pollSeconds ? { pollSeconds } : {}) };
    if (response.status === 304) return { ...meta, bundle: 'not-modified' };
    return { ...meta, bundle: { jws: (await response.text()).trim(), etag: response.headers.get('etag') } };
  }

  async endorsements(): Promise<string[]> {
    const response = await this.#call('GET', '/v1/keys/endorsements', undefined, {}, 10_000);
    return (await reply(response, endorsementsReplySchema, 'GET /v1/keys/endorsements')).endorsements;
  }

  async forwardApproval(body: ForwardApprovalRequest): Promise<DeviceApproval> {
    const response = await this.#call('POST', '/v1/approvals', body, {}, 15_000);
    return (await reply(response, approvalReplySchema, 'POST /v1/approvals')).approval;
  }

  async waitApproval(id: string, waitSeconds: number, signal: AbortSignal): Promise<DeviceApproval> {
    const response = await this.#call('GET', `/v1/approvals/${encodeURIComponent(id)}?wait=${waitSeconds}`, undefined, {}, (waitSeconds + 10) * 1000, signal);
    return (await reply(response, approvalReplySchema, 'GET /v1/approvals/:id')).approval;
  }

  async cancelApproval(id: string): Promise<void> {
    await this.#call('DELETE', `/v1/approvals/${encodeURIComponent(id)}`, undefined, {}, 10_000);
  }

  async shipEvents(events: readonly AuditEvent[]): Promise<IngestReply> {
    const response = await this.#call('POST', '/v1/audit/events', { events }, {}, 30_000);
    return reply(response, ingestReplySchema, 'POST /v1/audit/events');
  }

  async #call(method: string, path: string, body: unknown, headers: Record<string, string>, timeoutMs: number, signal?: AbortSignal): Promise<Response> {
    const timeout = AbortSignal.timeout(timeoutMs);
    const response = await fetch(new URL(path, this.server), {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
    if (!response.ok && response.status !== 304) throw await refusal(response);
    return response;
  }
}

/** The server's error, from its JSON envelope; `http_error` when the answer has none (a proxy's error page). */
async function refusal(response: Response): Promise<OrgServerError> {
  const parsed = errorReplySchema.safeParse(await response.json().catch(() => undefined));
  return parsed.success
    ? new OrgServerError(response.status, parsed.data.error.code, parsed.data.error.message)
    : new OrgServerError(response.status, 'http_error', `HTTP ${response.status}`);
}

/**
 * A success answer read with the protocol's schema: one this gateway does not understand fails the call with
 * `bad_reply` instead of travelling on as a half-typed object.
 */
async function reply<T extends z.ZodType>(response: Response, schema: T, call: string): Promise<z.output<T>> {
  const parsed = schema.safeParse(await response.json());
  if (!parsed.success)
    throw new OrgServerError(
      response.status,
      'bad_reply',
      `the org server's answer to ${call} is not what this gateway expects: ${parsed.error.issues[0]?.message ?? 'malformed'}`,
    );
  return parsed.data;
}

/**
 * `POST /v1/enroll`: no credential yet, the one-time code is the proof. The answer is returned as JSON for the
 * caller to read with `enrollReplySchema`: what it does with an answer that is no enrollment is its own message.
 */
export async function redeemEnrollmentCode(server: string, code: string, deviceName: string): Promise<unknown> {
  const request: EnrollRequest = { code, deviceName };
  const response = await fetch(new URL('/v1/enroll', server), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
    signal: AbortSignal.timeout(15_000),
  });
  if (!response.ok) throw await refusal(response);
  return response.json();
}
