import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '@promptgate/shared';
import { inspectBody, startTestGateway, type TestGateway } from '../testing/test-gateway';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.stop());

/**
 * Writes the whole request in one go and only then reads the answer, as simple clients do (Python's
 * http.client, most SDKs' sync paths): a server that closes while body bytes are unread resets the
 * connection under the write, and such a client never sees the 413.
 */
function sendInOneGo(head: string, body: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(t.gateway.port, '127.0.0.1');
    socket.pause();
    const received: Buffer[] = [];
    socket.on('error', reject);
    socket.write(Buffer.concat([Buffer.from(head), body]), (error) => {
      if (error) return reject(error);
      socket.on('data', (chunk: Buffer) => received.push(chunk));
      socket.on('end', () => {
        socket.end();
        resolve(Buffer.concat(received).toString('utf8'));
      });
      socket.resume();
    });
  });
}

describe('an oversized body', () => {
  it('sent in one go with its length declared gets the 413 JSON, not a reset connection', async () => {
    const body = Buffer.from(JSON.stringify(inspectBody('x'.repeat(LIMITS.inspectBodyBytes * 2))));
    const head = `POST /api/inspect HTTP/1.1\r\nHost: 127.0.0.1:${t.gateway.port}\r\nAuthorization: Bearer ${t.extensionToken}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`;
    const answer = await sendInOneGo(head, body);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain('"code":"body_too_large"');
  });

  it('sent in one go without a declared length (chunked) gets the 413 JSON too', async () => {
    const json = Buffer.from(JSON.stringify(inspectBody('x'.repeat(LIMITS.inspectBodyBytes * 2))));
    const chunked = Buffer.concat([Buffer.from(`${json.length.toString(16)}\r\n`), json, Buffer.from('\r\n0\r\n\r\n')]);
    const head = `POST /api/inspect HTTP/1.1\r\nHost: 127.0.0.1:${t.gateway.port}\r\nAuthorization: Bearer ${t.extensionToken}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n`;
    const answer = await sendInOneGo(head, chunked);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain('"code":"body_too_large"');
    expect((await t.request('GET', '/api/health', { token: null })).status).toBe(200);
  });
});
