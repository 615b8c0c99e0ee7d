import { once } from 'node:events';
import { createServer } from 'node:http';

export interface BundleRelay {
  url: string;
  /** When set, `GET /v1/policy` answers this JWS instead of the server's (a compromised CDN or bucket). */
  serve: string | undefined;
  stop(): Promise<void>;
}

/** A pass-through in front of the org server that can swap the policy bundle it serves. */
export async function startBundleRelay(target: string): Promise<BundleRelay> {
  const relay: BundleRelay = { url: '', serve: undefined, stop: () => Promise.resolve() };
  const server = createServer((request, response) => {
    void (async () => {
      if (request.method === 'GET' && request.url === '/v1/policy' && relay.serve !== undefined) {
        response.writeHead(200, { 'content-type': 'application/jose', etag: `"swapped-${relay.serve.length}-${relay.serve.slice(-8)}"` });
        response.end(relay.serve);
        return;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name))) as Record<string, string>;
      const upstream = await fetch(new URL(request.url ?? '/', target), {
        method: request.method ?? 'GET',
        headers,
        ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
      });
      const body = Buffer.from(await upstream.arrayBuffer());
      const out: Record<string, string> = {};
      upstream.headers.forEach((value, name) => {
        if (!['content-encoding', 'transfer-encoding', 'connection', 'content-length'].includes(name)) out[name] = value;
      });
      response.writeHead(upstream.status, out);
      response.end(body);
    })().catch(() => {
      response.writeHead(502);
      response.end();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  relay.url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  relay.stop = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return relay;
}
