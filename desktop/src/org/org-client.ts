import type { JWK } from 'jose';
import type { AuditEventOut } from './audit-event';

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

export interface ForwardedApprovalState {
  id: string;
  localId: string;
  status: 'pending' | 'approved' | 'denied' | 'expired' | 'cancelled';
  expiresAt: number;
  decidedBy?: string;
  reason?: string;
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
    return ((await response.json()) as { endorsements: string[] }).endorsements;
  }

  async forwardApproval(body: Record<string, unknown>): Promise<ForwardedApprovalState> {
    const response = await this.#call('POST', '/v1/approvals', body, {}, 15_000);
    return ((await response.json()) as { approval: ForwardedApprovalState }).approval;
  }

  async waitApproval(id: string, waitSeconds: number, signal: AbortSignal): Promise<ForwardedApprovalState> {
    const response = await this.#call('GET', `/v1/approvals/${encodeURIComponent(id)}?wait=${waitSeconds}`, undefined, {}, (waitSeconds + 10) * 1000, signal);
    return ((await response.json()) as { approval: ForwardedApprovalState }).approval;
  }

  async cancelApproval(id: string): Promise<void> {
    await this.#call('DELETE', `/v1/approvals/${encodeURIComponent(id)}`, undefined, {}, 10_000);
  }

  async shipEvents(events: readonly AuditEventOut[]): Promise<{ accepted: number; duplicates: number }> {
    const response = await this.#call('POST', '/v1/audit/events', { events }, {}, 30_000);
    return (await response.json()) as { accepted: number; duplicates: number };
  }

  async #call(method: string, path: string, body: unknown, headers: Record<string, string>, timeoutMs: number, signal?: AbortSignal): Promise<Response> {
    const timeout = AbortSignal.timeout(timeoutMs);
    const response = await fetch(new URL(path, this.server), {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
    if (!response.ok && response.status !== 304) {
      const answer = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
      throw new OrgServerError(response.status, answer.error?.code ?? 'http_error', answer.error?.message ?? `HTTP ${response.status}`);
    }
    return response;
  }
}

/** `POST /v1/enroll`: no credential yet, the one-time code is the proof. */
export async function redeemEnrollmentCode(server: string, code: string, deviceName: string): Promise<{ device: { id: string; name: string; user: string; groups: string[] }; token: string; jwks: { keys: JWK[] } }> {
  const response = await fetch(new URL('/v1/enroll', server), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, deviceName }),
    signal: AbortSignal.timeout(15_000),
  });
  if (!response.ok) {
    const answer = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
    throw new OrgServerError(response.status, answer.error?.code ?? 'http_error', answer.error?.message ?? `HTTP ${response.status}`);
  }
  return (await response.json()) as Awaited<ReturnType<typeof redeemEnrollmentCode>>;
}
