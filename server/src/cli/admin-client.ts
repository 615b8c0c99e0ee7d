import { describeFetchFailure } from '@promptgate/shared';
/** The server answered with an error; `code` is the server's stable error code. */
export class AdminApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** Talks to the admin API with a bearer token (OIDC access token or the quick-start admin token). */
/** No HTTP answer at all (refused, wrong host, TLS mismatch): the message says which, in words. */
export class ServerUnreachableError extends Error {
  readonly code = 'SERVER_UNREACHABLE';
}

/** The exit code when the server could not be reached or refused the request, as `promptgate enroll` uses. */
export const SERVER_EXIT_CODE = 3;

export class AdminClient {
  constructor(
    /** As the person gave it, so hints can repeat it (e.g. the URL for `promptgate enroll`). */
    readonly server: string,
    private readonly token: string,
  ) {}

  async json<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.raw(method, path, body === undefined ? undefined : { body: JSON.stringify(body), type: 'application/json' });
    return (await response.json()) as T;
  }

  async raw(method: string, path: string, payload?: { body: string; type: string }): Promise<Response> {
    const response = await fetch(new URL(path, this.server), {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(payload ? { 'content-type': payload.type } : {}) },
      ...(payload ? { body: payload.body } : {}),
    }).catch((error: unknown) => {
      throw new ServerUnreachableError(`cannot reach ${this.server}: ${describeFetchFailure(error, this.server)}`);
    });
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
      throw new AdminApiError(response.status, body.error?.code ?? 'http_error', body.error?.message ?? `HTTP ${response.status}`, body);
    }
    return response;
  }
}
