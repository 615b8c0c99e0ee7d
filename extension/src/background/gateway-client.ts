import type { Unavailable } from '../messages/protocol';

/** A gateway call that did not produce an answer; `reason` picks what the person is told. */
export class GatewayUnavailableError extends Error {
  constructor(
    readonly reason: Unavailable,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'GatewayUnavailableError';
  }
}

export interface GatewayTarget {
  gatewayUrl: string;
  token: string | null;
}

/**
 * One request to the gateway's `/api/*`, from the background only: the gateway accepts extension origins and
 * refuses web pages, so content scripts never call it themselves.
 */
export async function callGateway<T>(target: GatewayTarget, method: string, path: string, options: { body?: unknown; timeoutMs: number }): Promise<T> {
  const headers: Record<string, string> = {};
  if (target.token) headers['authorization'] = `Bearer ${target.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(target.gatewayUrl + path, {
      method,
      headers,
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw new GatewayUnavailableError(
      timedOut ? 'timeout' : 'not-running',
      timedOut ? 'promptgate on this computer did not answer in time' : 'promptgate is not running on this computer',
    );
  }
  return readAnswer<T>(response.status, await response.text());
}

/** The gateway's answer to an `/api` call, from its status and body text, whichever way it came. */
export function readAnswer<T>(status: number, text: string): T {
  if (status === 401) throw new GatewayUnavailableError('not-paired', 'this browser is not paired with promptgate on this computer', 401);
  if (status < 200 || status > 299) {
    let message = `promptgate on this computer had an error (${status})`;
    try {
      message = (JSON.parse(text) as { error?: { message?: string } }).error?.message ?? message;
    } catch {
      // Not JSON: keep the status line.
    }
    throw new GatewayUnavailableError('gateway-error', message, status);
  }
  return JSON.parse(text) as T;
}
