import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { loopbackForward } from './loopback-forward';

const OK = 'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 11\r\nconnection: keep-alive\r\n\r\n{"ok":true}';

/**
 * A server that answers each connection's first request and hangs up on any later one without answering: what
 * a kept-alive socket looks like when the server closed it for idleness just as the client reused it.
 */
function hangsUpOnReuse(): Promise<{ server: Server; port: number; connections: () => number; requests: () => number }> {
  let connections = 0;
  let requests = 0;
  const server = createServer((socket: Socket) => {
    connections++;
    let answered = false;
    socket.on('data', () => {
      requests++;
      if (answered) return void socket.destroy();
      answered = true;
      socket.write(OK);
    });
    socket.on('error', () => socket.destroy());
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : 0, connections: () => connections, requests: () => requests });
    }),
  );
}

const call = { method: 'POST', path: '/api/inspect', body: '{}', token: 't', origin: 'chrome-extension://x' };

describe('loopbackForward', () => {
  let close: (() => void) | undefined;
  let server: Server | undefined;
  afterEach(async () => {
    close?.();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  it('sends a call again, once, on a fresh socket when the kept-alive one it reused was hung up', async () => {
    const fake = await hangsUpOnReuse();
    server = fake.server;
    const loopback = loopbackForward(() => fake.port);
    close = () => loopback.close();
    expect(await loopback.forward(call)).toEqual({ status: 200, body: '{"ok":true}' });
    // The second call reuses the kept-alive socket, which hangs up; it is answered on a second connection.
    expect(await loopback.forward(call)).toEqual({ status: 200, body: '{"ok":true}' });
    expect(fake.connections()).toBe(2);
    expect(fake.requests()).toBe(3);
  });

  it('does not retry a call whose fresh socket fails: the error reaches the caller', async () => {
    const refusing = createServer((socket: Socket) => socket.destroy());
    server = refusing;
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    const address = refusing.address();
    const loopback = loopbackForward(() => (typeof address === 'object' && address ? address.port : 0));
    close = () => loopback.close();
    await expect(loopback.forward(call)).rejects.toThrow();
  });
});
