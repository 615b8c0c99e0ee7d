import type { IncomingMessage, ServerResponse } from 'node:http';

export interface SseStream {
  send(event: string, data: unknown): void;
  readonly closed: AbortSignal;
}

/** A server-sent events response with a heartbeat, ended when the client leaves or the server stops. */
export function openSse(request: IncomingMessage, response: ServerResponse, shutdown: AbortSignal): SseStream {
  const closed = new AbortController();
  response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-content-type-options': 'nosniff' });
  response.write(': connected\n\n');
  const heartbeat = setInterval(() => response.write(': ping\n\n'), 15_000);
  heartbeat.unref();
  const end = () => {
    if (closed.signal.aborted) return;
    clearInterval(heartbeat);
    closed.abort();
    response.end();
  };
  request.once('close', end);
  shutdown.addEventListener('abort', end, { once: true });
  return {
    closed: closed.signal,
    send(event, data) {
      if (!closed.signal.aborted) response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
  };
}
