import { Agent, request as httpRequest } from 'node:http';

/** One `/api` call passed on to the gateway's own HTTP listener; the answer's status and body text. */
export type Forward = (call: { method: string; path: string; body?: string; token: string; origin: string }) => Promise<{ status: number; body: string }>;

/**
 * Passes channel calls through the gateway's own HTTP stack, so every route's checks (Host, Origin, token,
 * body limits, schemas) and its handler apply unchanged, whatever serves `/api`. Loopback with kept-alive
 * connections costs a fraction of a millisecond; the browser's share of a request is what the channel saves.
 */
export function loopbackForward(port: () => number): { forward: Forward; close(): void } {
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  const send = (call: Parameters<Forward>[0], retried: boolean): ReturnType<Forward> =>
    new Promise((resolve, reject) => {
      const { method, path, body, token, origin } = call;
      const headers: Record<string, string> = { host: `127.0.0.1:${port()}`, origin, authorization: `Bearer ${token}` };
      if (body !== undefined) {
        headers['content-type'] = 'application/json';
        headers['content-length'] = String(Buffer.byteLength(body));
      }
      const outgoing = httpRequest({ host: '127.0.0.1', port: port(), method, path, headers, agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 500, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      });
      outgoing.on('error', (error: NodeJS.ErrnoException) => {
        // A kept-alive socket the server closed for idleness just as this call took it: the server never read
        // the call (Node's documented keep-alive race), so it goes again, once, on a fresh socket.
        if (!retried && outgoing.reusedSocket && error.code === 'ECONNRESET') return void send(call, true).then(resolve, reject);
        reject(error);
      });
      outgoing.end(body);
    });
  return { forward: (call) => send(call, false), close: () => agent.destroy() };
}
