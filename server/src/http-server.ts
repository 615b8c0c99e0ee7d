import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:https';
import { authenticate } from './authenticate';
import type { Access, RequestContext, ServerServices } from './context';
import { HttpError } from './http/http-error';
import { sendError } from './http/respond';
import type { Router } from './http/router';
import { ApprovalNotPendingError, SelfApprovalError, UnknownApprovalError } from './approvals/errors';
import { EnrollmentRefusedError } from './enroll/errors';
import { PolicyRejectedError, UnknownVersionError } from './policy/errors';

/** Domain errors as HTTP answers: one table, so every handler reports them the same way. */
function toHttpError(error: unknown): HttpError | undefined {
  if (error instanceof HttpError) return error;
  if (error instanceof PolicyRejectedError) return new HttpError(422, 'policy_invalid', error.message, { errors: error.errors });
  if (error instanceof UnknownVersionError) return new HttpError(404, 'unknown_version', error.message);
  if (error instanceof EnrollmentRefusedError) return new HttpError(403, 'enrollment_refused', error.message);
  if (error instanceof UnknownApprovalError) return new HttpError(404, 'unknown_approval', error.message);
  if (error instanceof ApprovalNotPendingError) return new HttpError(409, 'approval_decided', error.message, { status: error.status });
  if (error instanceof SelfApprovalError) return new HttpError(403, 'self_approval', error.message);
  return undefined;
}

/** With `tls` (PEM cert and key) the server speaks HTTPS only. */
export function createHttpServer(
  services: ServerServices,
  router: Router<RequestContext, Access>,
  onError: (error: unknown, where: string) => void,
  tls?: { cert: Buffer; key: Buffer },
): Server | TlsServer {
  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://server.invalid');
    const found = router.find(request.method ?? 'GET', url.pathname);
    if (found === 'not-found') throw new HttpError(404, 'not_found', `no route for ${url.pathname}`);
    if (found === 'method-not-allowed') throw new HttpError(405, 'method_not_allowed', `${request.method} is not allowed on ${url.pathname}`);
    const caller = await authenticate(request, found.meta, services);
    await found.handler({ services, ...caller, params: found.params, url, request, response });
  }

  const listener = (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch((error: unknown) => {
      const known = toHttpError(error);
      if (known) {
        if (known.status === 413 && !response.headersSent) {
          response.setHeader('connection', 'close');
          response.once('finish', () => request.destroy());
        }
        sendError(response, known);
        return;
      }
      onError(error, `${request.method} ${request.url?.split('?')[0]}`);
      sendError(response, new HttpError(500, 'internal_error', 'the server could not handle this request; see its log'));
    });
  };
  const server = tls ? createTlsServer(tls, listener) : createServer(listener);
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;
  server.keepAliveTimeout = 5_000;
  return server;
}
