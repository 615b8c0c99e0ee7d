import { Agent as HttpAgent, request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { HttpError } from '@promptgate/shared/http-node';

/** What cancels a call (the proxy's `CallCancel`): cheaper than an AbortSignal per call. */
export interface Cancellation {
  readonly cancelled: boolean;
  /** Runs the listener once when cancelled; returns what removes it. */
  onCancel(listener: () => void): () => void;
}

/** Idle time allowed upstream before the proxy gives up: a model can think for minutes before its first byte. */
export const UPSTREAM_IDLE_MS = 10 * 60 * 1000;

export interface UpstreamClient {
  /** A body in several buffers goes out as one, in order (the caller's `content-length` counts them all). */
  send(
    url: URL,
    options: { method: string; headers: OutgoingHttpHeaders; body?: Buffer | string | readonly Buffer[] | NodeJS.ReadableStream; cancel: Cancellation },
  ): Promise<IncomingMessage>;
  /** Drops idle keep-alive connections (gateway shutdown). */
  close(): void;
}

/**
 * Keep-alive connections to the providers: a fresh TLS handshake per call would add tens of milliseconds.
 * Errors become HttpErrors that name the upstream and the network error, never a header.
 */
export function createUpstreamClient(idleMs = UPSTREAM_IDLE_MS): UpstreamClient {
  const options = { keepAlive: true, maxSockets: 256, maxFreeSockets: 64, scheduling: 'lifo' as const, noDelay: true };
  const http = new HttpAgent(options);
  const https = new HttpsAgent(options);
  return {
    send(url, { method, headers, body, cancel: cancellation }) {
      return new Promise((resolve, reject) => {
        const secure = url.protocol === 'https:';
        const request = (secure ? httpsRequest : httpRequest)(url, { method, headers: rawHeaders(url, headers), agent: secure ? https : http });
        // One listener, dropped when the exchange is over; Node's `signal` option costs a stream watcher per call.
        const stop = cancellation.onCancel(() => request.destroy(new HttpError(499, 'client_closed', 'the client went away')));
        request.once('close', stop);
        // The idle limit holds while the body streams too: a stalled stream ends instead of hanging forever.
        request.setTimeout(idleMs, () => request.destroy(new HttpError(504, 'upstream_timeout', `${url.origin} sent nothing for ${idleMs / 1000} s`)));
        request.once('response', resolve);
        request.once('error', (error: NodeJS.ErrnoException) => {
          if (error instanceof HttpError) return reject(error);
          if (cancellation.cancelled) return reject(new HttpError(499, 'client_closed', 'the client went away'));
          reject(new HttpError(502, 'upstream_unreachable', `promptgate could not reach ${url.origin}: ${error.code ?? error.message}`));
        });
        if (body === undefined) request.end();
        // A string goes out encoded by the socket write itself, with no Buffer of its own in between.
        else if (Buffer.isBuffer(body) || typeof body === 'string') request.end(body);
        else if (isBufferList(body)) {
          // Written before the socket is there, the pieces wait in the request and go out in one writev with the head.
          for (const part of body) request.write(part);
          request.end();
        } else body.pipe(request);
      });
    },
    close() {
      // Idle connections only: calls still streaming finish, as the gateway's close promises.
      for (const agent of [http, https]) for (const sockets of Object.values(agent.freeSockets)) for (const socket of sockets ?? []) socket.destroy();
    },
  };
}

function isBufferList(body: readonly Buffer[] | NodeJS.ReadableStream): body is readonly Buffer[] {
  return Array.isArray(body);
}

/**
 * The headers as Node's flat list (`[name, value, ...]`), which it validates and writes as they are; given as an
 * object, each is set one by one into a map first, half of what making a request costs. A list gets no `Host`
 * from Node, so it is added here as Node would (the port only when it is not the scheme's).
 */
export function rawHeaders(url: URL, headers: OutgoingHttpHeaders): string[] {
  const raw: string[] = [];
  let host = false;
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    if (name.toLowerCase() === 'host') host = true;
    if (Array.isArray(value)) for (const each of value) raw.push(name, each);
    else raw.push(name, String(value));
  }
  if (!host) raw.push('host', url.host);
  return raw;
}
