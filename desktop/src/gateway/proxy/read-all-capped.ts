import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';

/**
 * The whole stream, or undefined (and the stream destroyed) once it passes `maxBytes`. Listens for chunks
 * instead of iterating: an async iterator costs a few promise turns per chunk, and this sits in every call.
 * A stream closed before its end rejects, as `finished` reports it (`ERR_STREAM_PREMATURE_CLOSE`).
 */
export async function readAllCapped(stream: Readable, maxBytes: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  let overflowed = false;
  const onData = (chunk: Buffer) => {
    size += chunk.length;
    if (size <= maxBytes) {
      chunks.push(chunk);
      return;
    }
    overflowed = true;
    stream.off('data', onData);
    stream.destroy();
  };
  stream.on('data', onData);
  try {
    await finished(stream);
  } catch (error) {
    if (overflowed) return undefined;
    throw error;
  } finally {
    stream.off('data', onData);
  }
  return overflowed ? undefined : Buffer.concat(chunks, size);
}
