import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readAllCapped } from './read-all-capped';

describe('readAllCapped', () => {
  it('returns every chunk of a stream under the cap', async () => {
    const body = await readAllCapped(Readable.from([Buffer.from('{"a":'), Buffer.from('1}')]), 100);
    expect(body?.toString()).toBe('{"a":1}');
  });

  it('stops at the cap: undefined, and the stream is destroyed rather than read on', async () => {
    const stream = new PassThrough();
    const reading = readAllCapped(stream, 8);
    stream.write(Buffer.from('12345'));
    stream.write(Buffer.from('67890'));
    expect(await reading).toBeUndefined();
    expect(stream.destroyed).toBe(true);
  });

  it('rejects when the stream closes before its end, as a dropped connection does', async () => {
    const stream = new PassThrough();
    const reading = readAllCapped(stream, 100);
    stream.write(Buffer.from('partial'));
    stream.destroy();
    await expect(reading).rejects.toMatchObject({ code: 'ERR_STREAM_PREMATURE_CLOSE' });
  });
});
