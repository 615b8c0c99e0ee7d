import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { Transform, type Readable } from 'node:stream';
import { clientHeaders } from './forward-headers';
import { sseTransformStream, type SseTransformOptions } from './sse/sse-transform-stream';
import type { StreamTransform } from './types';

/** Largest upstream body read whole (JSON replies, error bodies); larger ones are relayed untouched. */
export const MAX_REPLY_BYTES = 64 * 1024 * 1024;

/** The upstream body, decompressed if a server ignored `accept-encoding: identity`. */
export function decoded(upstream: IncomingMessage): Readable {
  switch (String(upstream.headers['content-encoding'] ?? '').toLowerCase()) {
    case 'gzip':
      return upstream.pipe(createGunzip());
    case 'deflate':
      return upstream.pipe(createInflate());
    case 'br':
      return upstream.pipe(createBrotliDecompress());
    default:
      return upstream;
  }
}

/**
 * Runs once the whole reply is known and before its last bytes go out: the session log records the reply
 * there, so a client that has read the end of a response can count on its event surviving a crash.
 */
export type BeforeEnd = () => void;

/** Sends a body the proxy rewrote, with the upstream's status and headers. */
export function sendRewritten(response: ServerResponse, upstream: IncomingMessage, body: string | Buffer, beforeEnd?: BeforeEnd): void {
  beforeEnd?.();
  response.writeHead(upstream.statusCode ?? 502, { ...clientHeaders(upstream.headers, true), 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

/** Passes bytes on unchanged and calls `beforeEnd` when they are all through, before the stream ends. */
function endingWith(beforeEnd: BeforeEnd): Transform {
  return new Transform({
    transform: (chunk: Buffer, _encoding, callback) => callback(null, chunk),
    flush(callback) {
      beforeEnd();
      callback();
    },
  });
}

/** Relays the upstream body byte for byte (pass-through endpoints, replies without text). */
export async function relayRaw(response: ServerResponse, upstream: IncomingMessage, beforeEnd?: BeforeEnd): Promise<void> {
  response.writeHead(upstream.statusCode ?? 502, clientHeaders(upstream.headers, false));
  if (beforeEnd) await pipeline(upstream, endingWith(beforeEnd), response);
  else await pipeline(upstream, response);
}

/**
 * Streams an SSE reply through the provider's transform. Headers go out at once so the client's first byte is
 * not delayed; backpressure and a client that leaves are handled by `pipeline`, which destroys the upstream
 * response (and so its connection) when the client closes.
 */
export async function relaySse(response: ServerResponse, upstream: IncomingMessage, transform: StreamTransform, options: SseTransformOptions = {}): Promise<void> {
  response.writeHead(upstream.statusCode ?? 200, clientHeaders(upstream.headers, true));
  response.flushHeaders();
  await pipeline(decoded(upstream), sseTransformStream(transform, options), response);
}
