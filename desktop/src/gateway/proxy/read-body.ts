import type { IncomingMessage } from 'node:http';
import { discardRest, HttpError } from '@promptgate/shared/http-node';
import { readAllCapped } from './read-all-capped';

/** Largest request body the proxy reads: long agent histories with a few images fit; a runaway upload does not. */
export const MAX_REQUEST_BYTES = 32 * 1024 * 1024;

/** Whether a request carries a body at all (a declared length above zero, or a chunked one). */
export function hasBody(request: IncomingMessage): boolean {
  const length = Number(request.headers['content-length'] ?? 0);
  return length > 0 || request.headers['transfer-encoding'] !== undefined;
}

/**
 * Reads a JSON body under the cap: its bytes, their text, and the parsed value. The refusals never quote the
 * body back, since it may hold secrets.
 */
export async function readJsonBody(request: IncomingMessage, maxBytes = MAX_REQUEST_BYTES): Promise<{ raw: Buffer; text: string; body: unknown }> {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) throw new HttpError(415, 'unsupported_media_type', 'promptgate inspects JSON bodies only: send application/json');
  const tooLarge = () => new HttpError(413, 'body_too_large', `the request body is larger than ${maxBytes} bytes`);
  // A refused body is still read and dropped (within bounds): an SDK that writes it all before reading gets the 413, not a reset.
  if (Number(request.headers['content-length'] ?? 0) > maxBytes) {
    await discardRest(request);
    throw tooLarge();
  }
  const raw = await readAllCapped(request, maxBytes, { discardOverflow: true });
  if (raw === undefined) throw tooLarge();
  const text = raw.toString('utf8');
  try {
    return { raw, text, body: JSON.parse(text) };
  } catch {
    throw new HttpError(400, 'invalid_json', 'the request body is not valid JSON');
  }
}
