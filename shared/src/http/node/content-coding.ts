import { promisify } from 'node:util';
import * as zlib from 'node:zlib';
import { HttpError } from './http-error';

type Decompress = (input: Buffer, options: zlib.ZlibOptions | zlib.BrotliOptions) => Promise<Buffer>;

type DecompressCallback = (input: Buffer, options: zlib.ZlibOptions, callback: (error: Error | null, result: Buffer) => void) => void;

/** zstd is in Node's zlib from 22.15 and 23.8 on; on an older Node a zstd body is refused with that reason. */
const zstdDecompress = (zlib as unknown as { zstdDecompress?: DecompressCallback }).zstdDecompress;

/** Content codings a request body may arrive in, by their HTTP names (RFC 9110 §8.4.1). */
const DECOMPRESS: Readonly<Record<string, Decompress | undefined>> = {
  gzip: promisify(zlib.gunzip),
  'x-gzip': promisify(zlib.gunzip),
  deflate: promisify(zlib.inflate),
  br: promisify(zlib.brotliDecompress),
  zstd: zstdDecompress === undefined ? undefined : promisify(zstdDecompress),
};

/**
 * The body as it was before its content coding (`content-encoding: gzip`, `br`, `zstd`...): what a client that
 * compresses its requests meant to send. At most `maxBytes` once decompressed, so a small body that inflates to
 * gigabytes is a 413 like a large one. A coding promptgate cannot undo is a 415 that names it: a body it cannot
 * read is a body it cannot inspect.
 */
export async function decodedBody(bytes: Buffer, contentEncoding: string | undefined, maxBytes: number): Promise<Buffer> {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  let body = bytes;
  // Codings are listed in the order they were applied: undone last to first.
  for (const coding of codings.reverse()) {
    const decompress = Object.hasOwn(DECOMPRESS, coding) ? DECOMPRESS[coding] : undefined;
    if (decompress === undefined) {
      throw new HttpError(
        415,
        'unsupported_media_type',
        `promptgate cannot read a body sent with content-encoding: ${coding}${coding === 'zstd' ? ' on this version of Node' : ''}; send it uncompressed, or as gzip, deflate or br`,
      );
    }
    try {
      body = await decompress(body, { maxOutputLength: maxBytes });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new HttpError(413, 'body_too_large', `body is larger than ${maxBytes} bytes once decompressed`);
      throw new HttpError(400, 'invalid_json', `the body is not valid ${coding} data`);
    }
  }
  return body;
}
