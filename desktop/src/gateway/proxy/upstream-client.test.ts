import { once } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { CallCancel } from './call-cancel';
import { createUpstreamClient } from './upstream-client';

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const step of cleanup.splice(0)) step();
});

/** A server that keeps each request's headers as sent and its body, and answers `ok`. */
async function recordingServer(): Promise<{ url: string; seen: Array<{ rawHeaders: string[]; body: string }> }> {
  const seen: Array<{ rawHeaders: string[]; body: string }> = [];
  const server = createServer((request: IncomingMessage, response) => {
    let body = '';
    request.setEncoding('utf8').on('data', (part: string) => (body += part));
    request.on('end', () => {
      seen.push({ rawHeaders: request.rawHeaders, body });
      response.writeHead(200, { 'content-length': 2 }).end('ok');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  cleanup.push(() => server.close());
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const pairs = (raw: string[]) => Array.from({ length: raw.length / 2 }, (_, i) => [raw[2 * i]!.toLowerCase(), raw[2 * i + 1]!]);

describe('the upstream client', () => {
  it('sends the headers it is given, a header with several values as several lines, and a Host naming the upstream', async () => {
    const upstream = await recordingServer();
    const client = createUpstreamClient();
    cleanup.push(() => client.close());
    const cancel = new CallCancel();
    const bodies = ['{"a":1}', undefined, Readable.from(['{"b":', '2}']), [Buffer.from('{"c":'), Buffer.from('"3"'), Buffer.from('}')]];
    for (const body of bodies) {
      const length = typeof body === 'string' ? Buffer.byteLength(body) : Array.isArray(body) ? Buffer.concat(body).length : undefined;
      const headers = { 'anthropic-beta': ['tools-1', 'cache-2'], 'x-stainless-lang': 'js', ...(length === undefined ? {} : { 'content-length': length }) };
      const reply = await client.send(new URL(`${upstream.url}/v1/messages?beta=true`), { method: body === undefined ? 'GET' : 'POST', headers, body, cancel });
      reply.resume();
      await once(reply, 'end');
    }
    const host = new URL(upstream.url).host;
    expect(upstream.seen.map(({ body }) => body)).toEqual(['{"a":1}', '', '{"b":2}', '{"c":"3"}']);
    for (const { rawHeaders } of upstream.seen) {
      expect(pairs(rawHeaders)).toEqual(
        expect.arrayContaining([
          ['anthropic-beta', 'tools-1'],
          ['anthropic-beta', 'cache-2'],
          ['x-stainless-lang', 'js'],
          ['host', host],
        ]),
      );
      expect(pairs(rawHeaders).filter(([name]) => name === 'host')).toHaveLength(1);
    }
    // A body of unknown length goes chunked, as Node would send it.
    expect(pairs(upstream.seen[2]!.rawHeaders)).toContainEqual(['transfer-encoding', 'chunked']);
  });

  it('cancels a call whose client went away, as the client-closed error', async () => {
    const upstream = await recordingServer();
    const client = createUpstreamClient();
    cleanup.push(() => client.close());
    const cancel = new CallCancel();
    cancel.cancel();
    await expect(client.send(new URL(upstream.url), { method: 'POST', headers: { 'content-length': 2 }, body: '{}', cancel })).rejects.toMatchObject({
      status: 499,
      code: 'client_closed',
    });
  });

  it('cancels a call in flight once its client goes away, and closes that connection', async () => {
    const received: IncomingMessage[] = [];
    const server = createServer((request) => received.push(request));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    cleanup.push(() => server.close());
    const client = createUpstreamClient();
    cleanup.push(() => client.close());
    const cancel = new CallCancel();
    const url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/chat/completions`);
    const reply = client.send(url, { method: 'POST', headers: { 'content-length': 2 }, body: '{}', cancel });
    await expect.poll(() => received.length).toBe(1);
    const closed = once(received[0]!.socket, 'close');
    cancel.cancel();
    await expect(reply).rejects.toMatchObject({ status: 499, code: 'client_closed' });
    await closed;
  });
});
