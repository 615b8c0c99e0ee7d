import type { ApprovalForApprover, OrgStatus, Overview, ProviderId, ProviderKeyStatus, SessionFilters, SessionSummary, Session, StoredEvent, TokenRow } from './types';

/** A failed API call, with the gateway's stable error code to switch on. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/ui/api/${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'unreachable', 'The gateway is not answering. Is promptgate still running?');
  }
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (data as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    throw new ApiError(
      response.status,
      typeof error?.code === 'string' ? error.code : 'http_error',
      typeof error?.message === 'string' ? error.message : `The gateway answered ${response.status}.`,
    );
  }
  return data as T;
}

function query(filters: SessionFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The local UI's API, one function per endpoint. */
export const api = {
  overview: () => call<Overview>('GET', 'overview'),
  approvals: () => call<{ approvals: ApprovalForApprover[] }>('GET', 'approvals'),
  decide: (id: string, decision: 'approve' | 'deny', reason: string) =>
    call<{ approval: ApprovalForApprover }>('POST', `approvals/${encodeURIComponent(id)}/decision`, { decision, reason }),
  sessions: (filters: SessionFilters) => call<{ sessions: SessionSummary[]; total: number }>('GET', `sessions${query(filters)}`),
  session: (id: string) => call<{ session: Session; events: StoredEvent[] }>('GET', `sessions/${encodeURIComponent(id)}`),
  pairingCode: () => call<{ code: string; expiresAt: number }>('POST', 'pairing-code'),
  tokens: () => call<{ tokens: TokenRow[] }>('GET', 'tokens'),
  createToken: (kind: TokenRow['kind'], name: string) => call<{ kind: string; name: string; token: string }>('POST', 'tokens', { kind, name }),
  revokeToken: (kind: TokenRow['kind'], name: string) => call<{ revoked: boolean }>('DELETE', `tokens/${encodeURIComponent(kind)}/${encodeURIComponent(name)}`),
  /** Which providers have a key; the keys themselves are write-only. */
  providerKeys: () => call<ProviderKeyStatus>('GET', 'provider-keys'),
  setProviderKey: (provider: ProviderId, key: string) => call<ProviderKeyStatus>('PUT', `provider-keys/${encodeURIComponent(provider)}`, { key }),
  removeProviderKey: (provider: ProviderId) => call<ProviderKeyStatus>('DELETE', `provider-keys/${encodeURIComponent(provider)}`),
  org: () => call<OrgStatus>('GET', 'org'),
  enroll: (server: string, code: string) => call<OrgStatus>('POST', 'org/enroll', { server, code }),
};

export type Api = typeof api;
