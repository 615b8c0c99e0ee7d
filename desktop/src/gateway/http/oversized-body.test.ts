import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '@promptgate/shared';
import { MAX_REQUEST_BYTES } from '../proxy/read-body';
import { inspectBody, startTestGateway, type ProxyTestGateway } from '../testing/test-gateway';

let rig: ProxyTestGateway;
let extensionToken: string;
beforeAll(async () => {
  rig = await startTestGateway({ fakeProviders: true });
  extensionToken = rig.extensionToken;
});
afterAll(() => rig.stop());

interface Answer {
  status: number;
  headers: string;
  body: string;
}

/**
 * Sends a request over a raw socket and reads the answer only once every byte is written, as simple clients
 * do (Python's http.client, most SDKs' sync paths): a server that closes while body bytes are unread resets
 * the connection under the write, and such a client never sees the 413. `pieces` > 1 writes the body in that
 * many writes, each after the last one was taken, as a streaming client does.
 */
function send(path: string, headers: string[], body: Buffer, pieces: number): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect(rig.gateway.port, '127.0.0.1');
    socket.pause();
    const received: Buffer[] = [];
    socket.on('error', reject);
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    socket.on('end', () => {
      socket.end();
      const text = Buffer.concat(received).toString('utf8');
      const [head = '', answerBody = ''] = text.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(head)?.[1] ?? 0), headers: head.toLowerCase(), body: answerBody });
    });
    const head = Buffer.from(`POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${rig.gateway.port}\r\n${headers.join('\r\n')}\r\nConnection: close\r\n\r\n`);
    const size = Math.ceil(body.length / pieces);
    const parts = [Buffer.concat([head, body.subarray(0, size)]), ...Array.from({ length: pieces - 1 }, (_, i) => body.subarray((i + 1) * size, (i + 2) * size))];
    const writeNext = (index: number) => {
      if (index === parts.length) {
        socket.resume();
        return;
      }
      socket.write(parts[index]!, (error) => (error ? reject(error) : setImmediate(() => writeNext(index + 1))));
    };
    writeNext(0);
  });
}

function chunked(json: Buffer, chunks: number): Buffer {
  const size = Math.ceil(json.length / chunks);
  const framed = Array.from({ length: chunks }, (_, i) => json.subarray(i * size, (i + 1) * size)).flatMap((part) => [
    Buffer.from(`${part.length.toString(16)}\r\n`),
    part,
    Buffer.from('\r\n'),
  ]);
  return Buffer.concat([...framed, Buffer.from('0\r\n\r\n')]);
}

const endpoints = [
  {
    name: 'POST /api/inspect',
    path: '/api/inspect',
    auth: () => `Authorization: Bearer ${extensionToken}`,
    json: () => Buffer.from(JSON.stringify(inspectBody('x'.repeat(LIMITS.inspectBodyBytes * 2)))),
    code: '"code":"body_too_large"',
  },
  {
    name: 'the SDK proxy',
    path: '/openai/v1/chat/completions',
    auth: () => `Authorization: Bearer ${rig.sdkToken}`,
    json: () => Buffer.from(JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'x'.repeat(MAX_REQUEST_BYTES + 1024) }] })),
    code: '"code":"body_too_large"',
  },
];

describe.each(endpoints)('an oversized body sent to $name', (endpoint) => {
  const cases = [
    { how: 'with its length declared, in one write', framing: 'declared', pieces: 1 },
    { how: 'with its length declared, in pieces', framing: 'declared', pieces: 16 },
    { how: 'chunked (no declared length), in one write', framing: 'chunked', pieces: 1 },
    { how: 'chunked (no declared length), in pieces', framing: 'chunked', pieces: 16 },
  ] as const;

  it.each(cases)('$how gets the 413 JSON, not a reset connection', async ({ framing, pieces }) => {
    const json = endpoint.json();
    const body = framing === 'declared' ? json : chunked(json, pieces);
    const length = framing === 'declared' ? `Content-Length: ${json.length}` : 'Transfer-Encoding: chunked';
    const answer = await send(endpoint.path, [endpoint.auth(), 'Content-Type: application/json', length], body, pieces);
    expect(answer.status).toBe(413);
    expect(answer.headers).toContain('content-type: application/json');
    expect(answer.body).toContain(endpoint.code);
    expect(rig.openai.received).toHaveLength(0);
  });
});

describe('after oversized bodies', () => {
  it('the gateway still answers', async () => {
    expect((await fetch(`${rig.gateway.url}/api/health`)).status).toBe(200);
  });
});
