import { createServer, type Server } from 'node:http';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:https';
import express, { type RequestHandler } from 'express';
import { HttpError, jsonErrorHandler, mountRoutes, noRoute, requestUrl, routeParams } from '@promptgate/shared/http-node';
import { authenticate } from './authenticate';
import type { ServerServices } from './context';
import type { ServerRoute } from './http/router';
import { serverGuessLimits } from './security/guess-limits';
import { adminPageHeaders } from './ui/page-headers';
import { ApprovalNotPendingError, SelfApprovalError, UnknownApprovalError } from './approvals/errors';
import { EnrollmentRefusedError } from './enroll/errors';
import { PolicyRejectedError, UnknownVersionError } from './policy/errors';

/** Domain errors as HTTP answers: one table, so every handler reports them the same way. */
function toHttpError(error: unknown): HttpError | undefined {
  if (error instanceof PolicyRejectedError) return new HttpError(422, 'policy_invalid', error.message, { errors: error.errors });
  if (error instanceof UnknownVersionError) return new HttpError(404, 'unknown_version', error.message);
  if (error instanceof EnrollmentRefusedError) return new HttpError(403, 'enrollment_refused', error.message);
  if (error instanceof UnknownApprovalError) return new HttpError(404, 'unknown_approval', error.message);
  if (error instanceof ApprovalNotPendingError) return new HttpError(409, 'approval_decided', error.message, { status: error.status });
  if (error instanceof SelfApprovalError) return new HttpError(403, 'self_approval', error.message);
  return undefined;
}

/** The org server as an express app: guess limits, the admin UI's page headers, every route with its access check. */
export function serverApp(services: ServerServices, routes: readonly ServerRoute[], onError: (error: unknown, where: string) => void): express.Express {
  const bind = (handler: ServerRoute[2], access: ServerRoute[1]): RequestHandler =>
    async function serverRoute(request, response) {
      const caller = await authenticate(request, access, services);
      await handler({ services, ...caller, params: routeParams(request), url: requestUrl(request, 'http://server.invalid'), request, response });
    };
  const router = express.Router();
  mountRoutes(router, routes, bind);

  const app = express();
  app.disable('x-powered-by');
  app.use(serverGuessLimits(services));
  app.use(['/admin/ui', '/favicon.ico'], adminPageHeaders(services));
  app.use(router);
  app.use(noRoute);
  app.use(jsonErrorHandler({ toHttpError, onError, internalMessage: 'the server could not handle this request; see its log' }));
  return app;
}

/** With `tls` (PEM cert and key) the server speaks HTTPS only. */
export function createHttpServer(
  services: ServerServices,
  routes: readonly ServerRoute[],
  onError: (error: unknown, where: string) => void,
  tls?: { cert: Buffer; key: Buffer },
): Server | TlsServer {
  const app = serverApp(services, routes, onError);
  const server = tls ? createTlsServer(tls, app) : createServer(app);
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;
  server.keepAliveTimeout = 5_000;
  return server;
}
