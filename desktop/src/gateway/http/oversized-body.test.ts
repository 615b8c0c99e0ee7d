import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '@promptgate/shared';
import { inspectBody, startTestGateway, type TestGateway } from '../testing/test-gateway';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.stop());

/** Writes the whole request in one go, as curl or an SDK does, and reads everything the gateway answers. */
function sendInOneGo(head: string, body: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(t.gateway.port, '127.0.0.1');
    const received: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      socket.end();
      resolve(Buffer.concat(received).toString('utf8'));
    });
    socket.write(Buffer.concat([Buffer.from(head), body]));
  });
}

describe('an oversized body', () => {
  it('sent by fetch, which reads the answer only after sending everything, gets the 413 JSON', async () => {
    const body = JSON.stringify(inspectBody('x'.repeat(LIMITS.inspectBodyBytes * 2)));
    const response = await fetch(`${t.gateway.url}/api/inspect`, { method: 'POST', body, headers: { authorization: `Bearer ${t.extensionToken}`, 'content-type': 'application/json' } });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'body_too_large' } });
  });

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
