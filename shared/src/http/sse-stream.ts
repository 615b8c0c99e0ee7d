/**
 * A server-sent events response with a heartbeat, ended when the client leaves or the server stops. Typed
 * structurally (what it calls on Node's request and response), so the gateway and the org server share it
 * while this package stays free of Node built-ins.
 */
export interface SseRequest {
  once(event: 'close', listener: () => void): unknown;
}

export interface SseResponse {
  writeHead(status: number, headers: Record<string, string>): unknown;
  write(chunk: string): unknown;
  end(): unknown;
}

export interface SseStream {
  send(event: string, data: unknown): void;
  readonly closed: AbortSignal;
}

/** Comments every 15 s keep idle proxies from closing the stream and let sleeping laptops notice it died. */
const HEARTBEAT_MS = 15_000;

export function openSse(request: SseRequest, response: SseResponse, shutdown: AbortSignal): SseStream {
  const closed = new AbortController();
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-content-type-options': 'nosniff',
  });
  response.write(': connected\n\n');
  const heartbeat = setInterval(() => response.write(': ping\n\n'), HEARTBEAT_MS);
  (heartbeat as { unref?: () => void }).unref?.();
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
