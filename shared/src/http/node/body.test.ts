import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readJsonBody } from './body';

const TOKEN = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';

function request(body: string | Buffer, encoding?: string): IncomingMessage {
  const headers = { 'content-type': 'application/json', ...(encoding === undefined ? {} : { 'content-encoding': encoding }) };
  return Object.assign(Readable.from([Buffer.from(body)]), { headers }) as unknown as IncomingMessage;
}

describe('readJsonBody', () => {
  it('gives the bytes, the text and the value', async () => {
    const read = await readJsonBody(request('{"a":1}'), 100);
    expect(read.text).toBe('{"a":1}');
    expect(read.raw.equals(Buffer.from('{"a":1}'))).toBe(true);
    expect(read.body).toEqual({ a: 1 });
  });

  it('refuses a body that is not JSON without quoting it back', async () => {
    const error = await readJsonBody(request(`{"token": ${TOKEN}}`), 1000).then(
      () => new Error('read as JSON'),
      (e: unknown) => e as Error,
    );
    expect(error).toMatchObject({ status: 400, code: 'invalid_json' });
    expect(error.message).not.toContain(TOKEN);
    expect(error.message).not.toContain('ghp_');
  });

  it('refuses a body past the cap', async () => {
    await expect(readJsonBody(request('{"a":"' + 'x'.repeat(200) + '"}'), 100)).rejects.toMatchObject({ status: 413, code: 'body_too_large' });
  });

  it('reads a body its client compressed, as it was before', async () => {
    const json = JSON.stringify({ messages: [{ role: 'user', content: `deploy with ${TOKEN}` }] });
    for (const [encoding, bytes] of [
      ['gzip', gzipSync(json)],
      ['x-gzip', gzipSync(json)],
      ['deflate', deflateSync(json)],
      ['br', brotliCompressSync(json)],
      ['identity', Buffer.from(json)],
      // Applied in the order listed, so undone last to first.
      ['deflate, gzip', gzipSync(deflateSync(json))],
    ] as const) {
      const read = await readJsonBody(request(bytes, encoding), 10_000);
      expect(read.text, encoding).toBe(json);
      expect(read.raw.toString()).toBe(json);
    }
  });

  it('refuses a coding it cannot undo, a broken stream, and a body past the cap once decompressed', async () => {
    await expect(readJsonBody(request('{}', 'compress'), 100)).rejects.toMatchObject({ status: 415, message: expect.stringContaining('content-encoding: compress') as unknown });
    await expect(readJsonBody(request('{"a":1}', 'gzip'), 100)).rejects.toMatchObject({ status: 400, message: 'the body is not valid gzip data' });
    // A few hundred bytes on the wire that inflate past the cap.
    const bomb = gzipSync(JSON.stringify({ a: 'x'.repeat(100_000) }));
    expect(bomb.length).toBeLessThan(1000);
    await expect(readJsonBody(request(bomb, 'gzip'), 10_000)).rejects.toMatchObject({ status: 413, code: 'body_too_large' });
  });
});
