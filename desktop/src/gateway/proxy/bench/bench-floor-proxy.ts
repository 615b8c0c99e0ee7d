/**
 * The floor of any Node proxy: a pass-through with nothing on its path, two HTTP hops and no work. It reads
 * the client's body, sends it to the bench's upstream over a keep-alive connection and pipes the reply back,
 * as promptgate and Portkey must; what it adds over direct is what neither of them can go below on this
 * machine and Node version. Prints `{"port":N}` once listening; ends when its stdin closes.
 */
import { Agent, createServer, request } from 'node:http';

const upstream = process.argv[2];
if (!upstream) throw new Error('usage: bench-floor-proxy.ts <upstream base URL>');
const target = new URL(upstream);
const agent = new Agent({ keepAlive: true });

function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

const server = createServer((incoming, outgoing) => {
  void (async () => {
    const body = await readAll(incoming);
    const headers = { ...incoming.headers, host: target.host, 'content-length': String(body.length) };
    const reply = await new Promise<import('node:http').IncomingMessage>((resolve, reject) => {
      const call = request({ host: target.hostname, port: target.port, path: incoming.url, method: incoming.method, agent, headers }, resolve);
      call.on('error', reject);
      call.end(body);
    });
    // Piped, not read whole: a stream's first event goes out as it arrives, as the systems measured send it.
    const length = reply.headers['content-length'];
    outgoing.writeHead(reply.statusCode ?? 502, {
      'content-type': String(reply.headers['content-type'] ?? 'application/octet-stream'),
      ...(length === undefined ? {} : { 'content-length': length }),
    });
    reply.pipe(outgoing);
  })().catch((error: unknown) => {
    // Headers may be out already (the reply is piped): then the connection ends, and the bench sees the error.
    if (outgoing.headersSent) outgoing.destroy(error instanceof Error ? error : new Error(String(error)));
    else outgoing.writeHead(502).end(String(error));
  });
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 }));
});
process.stdin.resume();
process.stdin.on('end', () => {
  server.close();
  agent.destroy();
  process.exit(0);
});
