import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readJsonBody } from './body';

const TOKEN = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';

function request(body: string): IncomingMessage {
  return Object.assign(Readable.from([Buffer.from(body)]), { headers: { 'content-type': 'application/json' } }) as unknown as IncomingMessage;
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
});
