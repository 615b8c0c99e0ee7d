import type { ServerResponse } from 'node:http';
import { bodyAbandoned } from './discard-rest';
import type { HttpError } from './http-error';

const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
} as const;

/** An answer whose request's body was left unread past the discard bounds closes its connection after it. */
function closeIfBodyAbandoned(response: ServerResponse): Record<string, string> {
  return response.req !== undefined && bodyAbandoned(response.req) ? { connection: 'close' } : {};
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = JSON.stringify(body);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
    ...closeIfBodyAbandoned(response),
    ...headers,
  });
  response.end(payload);
}

/**
 * A JSON answer whose status and headers go out now and whose body follows later: a long-poll tells its
 * client at once that the server holds the request, so the client (and a test) knows it is waiting there.
 */
export function startJson(response: ServerResponse, status: number): (body: unknown) => void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8' });
  response.flushHeaders();
  return (body) => response.end(JSON.stringify(body));
}

export function sendText(response: ServerResponse, status: number, body: string | Buffer, contentType: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': contentType, 'content-length': Buffer.byteLength(body), ...headers });
  response.end(body);
}

/** The documented error shape: `{ error: { code, message, ...detail } }`; mid-answer, the connection is cut instead. */
export function sendError(response: ServerResponse, error: HttpError): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  sendJson(response, error.status, errorBody(error));
}

export function errorBody(error: HttpError): { error: Record<string, unknown> } {
  return { error: { code: error.code, message: error.message, ...error.detail } };
}
