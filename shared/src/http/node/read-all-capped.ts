import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { discardRest } from './discard-rest';

export interface CappedReadOptions {
  /**
   * Past the cap, read the rest and drop it (within `discardRest`'s bounds) instead of destroying the stream.
   * For a client's request: destroying it resets the connection, and a client still writing its body then
   * never reads the 413 it is owed.
   */
  discardOverflow?: boolean;
}

/**
 * The whole stream, or undefined once it passes `maxBytes` (nothing past the cap is kept). By default the
 * stream is then destroyed, which suits an upstream reply nobody will read on. Listens for chunks instead of
 * iterating: an async iterator costs a few promise turns per chunk, and this sits in every call. A stream
 * closed before its end rejects, as `finished` reports it (`ERR_STREAM_PREMATURE_CLOSE`).
 */
export async function readAllCapped(stream: Readable, maxBytes: number, options: CappedReadOptions = {}): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  let overflowed: () => void = () => {};
  const overflow = new Promise<'overflowed'>((resolve) => (overflowed = () => resolve('overflowed')));
  const onData = (chunk: Buffer) => {
    size += chunk.length;
    if (size <= maxBytes) {
      chunks.push(chunk);
      return;
    }
    stream.off('data', onData);
    chunks.length = 0;
    if (options.discardOverflow) {
      void discardRest(stream).then(overflowed);
      return;
    }
    overflowed();
    stream.destroy();
  };
  stream.on('data', onData);
  try {
    // A destroyed stream's `finished` rejects after the overflow is known; the race has settled by then.
    const outcome = await Promise.race([finished(stream).then(() => 'ended' as const), overflow]);
    return outcome === 'ended' && size <= maxBytes ? Buffer.concat(chunks, size) : undefined;
  } catch (error) {
    if (size > maxBytes) return undefined;
    throw error;
  } finally {
    stream.off('data', onData);
  }
}
