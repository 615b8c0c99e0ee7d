import type { IncomingMessage } from 'node:http';

/** Largest request body the proxy reads: long agent histories with a few images fit; a runaway upload does not. */
export const MAX_REQUEST_BYTES = 32 * 1024 * 1024;

/** Whether a request carries a body at all (a declared length above zero, or a chunked one). */
export function hasBody(request: IncomingMessage): boolean {
  const length = Number(request.headers['content-length'] ?? 0);
  return length > 0 || request.headers['transfer-encoding'] !== undefined;
}
