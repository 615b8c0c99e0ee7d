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

  it('with discardOverflow, reads past the cap to the end and drops it instead of destroying the stream', async () => {
    const stream = new PassThrough();
    const reading = readAllCapped(stream, 8, { discardOverflow: true });
    stream.write(Buffer.from('12345'));
    stream.write(Buffer.from('67890'));
    stream.end(Buffer.from('abcde'));
    expect(await reading).toBeUndefined();
    // Read to its end, not cut off at the cap.
    expect(stream.readableEnded).toBe(true);
  });

  it('with discardOverflow, still returns a stream under the cap whole', async () => {
    const body = await readAllCapped(Readable.from([Buffer.from('{"a":'), Buffer.from('1}')]), 100, { discardOverflow: true });
    expect(body?.toString()).toBe('{"a":1}');
  });
});
