import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import type { z } from 'zod';
import { formatPath as formatIssuePath } from '../../policy/issue-path';
import { HttpError } from './http-error';

/** How much of a refused body the server still reads and throws away so its client can read the 413, and for how long. */
export interface DiscardBounds {
  bytes: number;
  ms: number;
}

export const DISCARD_BOUNDS: DiscardBounds = { bytes: 64 * 1024 * 1024, ms: 10_000 };

const tooLarge = (maxBytes: number) => new HttpError(413, 'body_too_large', `body is larger than ${maxBytes} bytes`);

/**
 * Reads at most `maxBytes` of body, as UTF-8 text. Oversize bodies are refused as soon as the declared or received size
 * passes the cap (413), and nothing more is kept; the error handler reads and drops the rest, within bounds.
 */
export async function readBody(request: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  // Leaving the loop early must not destroy the request: that resets the socket before the 413 is read.
  for await (const chunk of request.iterator({ destroyOnReturn: false })) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A JSON body of at most `maxBytes`, validated with `schema`: bad JSON and schema violations are 400s naming the field. */
export async function readJson<T extends z.ZodType>(request: IncomingMessage, schema: T, maxBytes: number): Promise<z.output<T>> {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) throw new HttpError(415, 'unsupported_media_type', 'send the body as application/json');
  const text = await readBody(request, maxBytes);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, 'invalid_json', `body is not valid JSON: ${(error as Error).message}`);
  }
  return parseWith(schema, parsed);
}

/** `value` validated with `schema`; a violation is a 400 naming the field. */
export function parseWith<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = formatIssuePath(issue.path);
    throw new HttpError(400, 'invalid_request', `${path || 'body'}: ${issue.message}`, path ? { path } : undefined);
  }
  return result.data;
}

/** Requests whose body `discardRest` stopped reading: what is left of it would be read as the next request. */
const abandoned = new WeakSet<Readable>();

/** Whether the answer to this request must close its connection, because part of its body was left unread. */
export function bodyAbandoned(request: Readable): boolean {
  return abandoned.has(request);
}

/**
 * Reads the rest of a refused body and drops it, within `bounds`. A client that sent its whole body in one go
 * reads the answer only if the connection is not reset under it, and a socket closed with unread data is
 * reset. Resolves true once the body has ended; false when it went past the byte or time bound (the stream
 * is left paused: its connection must close after the answer) or broke off.
 */
export function discardRest(request: Readable & { complete?: boolean }, bounds: DiscardBounds = DISCARD_BOUNDS): Promise<boolean> {
  const whole = () => request.complete ?? request.readableEnded;
  if (whole() || request.destroyed) return Promise.resolve(whole());
  return new Promise((resolve) => {
    let discarded = 0;
    const finish = (ended: boolean) => {
      clearTimeout(timer);
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('close', onClose);
      resolve(ended);
    };
    const giveUp = () => {
      request.pause();
      abandoned.add(request);
      finish(false);
    };
    // A client that trickles its refused body would otherwise hold the connection for as long as it likes.
    const timer = setTimeout(giveUp, bounds.ms);
    const onData = (chunk: Buffer) => {
      discarded += chunk.length;
      if (discarded > bounds.bytes) giveUp();
    };
    const onEnd = () => finish(true);
    const onClose = () => finish(whole());
    request.on('data', onData);
    request.once('end', onEnd);
    request.once('close', onClose);
    request.resume();
  });
}
