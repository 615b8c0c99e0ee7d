import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** One request as the fake provider received it. */
export interface Received {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The body exactly as it arrived, for "no secret reached the provider" checks. */
  raw: string;
  body: unknown;
}

export interface FakeServer {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

export type FakeRoute = (request: Received, response: ServerResponse) => void | Promise<void>;

/** A loopback HTTP server that records every request and answers with `route`. */
export async function startFakeServer(route: FakeRoute): Promise<FakeServer> {
  const received: Received[] = [];
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = undefined;
      }
      const entry: Received = { method: request.method ?? 'GET', path: request.url ?? '/', headers: request.headers, raw, body };
      received.push(entry);
      Promise.resolve(route(entry, response)).catch((error: unknown) => {
        if (!response.headersSent) response.writeHead(500);
        response.end(String(error));
      });
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  response.end(text);
}

/**
 * Writes SSE blocks one by one with a yield between them, so they arrive as separate network reads. A promise
 * among the blocks is waited for: a test holds the rest of the stream back until it has seen what came so far.
 */
export async function sendSse(response: ServerResponse, blocks: Array<string | Promise<unknown>>, headers: Record<string, string> = {}): Promise<void> {
  response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', ...headers });
  response.flushHeaders();
  for (const block of blocks) {
    if (response.destroyed) return;
    if (typeof block === 'string') response.write(block);
    else await block;
    await new Promise((resolve) => setImmediate(resolve));
  }
  response.end();
}

/** Every placeholder in a text, in order: the fakes echo them so tests can see restoration. */
export function placeholdersIn(text: string): string[] {
  return text.match(/\[[A-Z][A-Z0-9_]*_\d+\]/g) ?? [];
}

/** Splits text in pieces of `size`, so placeholders straddle chunk boundaries. */
export function pieces(text: string, size = 3): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}
