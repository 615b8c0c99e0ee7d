import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { authenticate, type Access, type TokenAuthority } from './auth';
import type { UiSessions } from './ui-sessions';
import type { GatewayServices, RequestContext } from './context';
import { discardRest } from './http/body';
import { checkHost } from './http/guard';
import { HttpError } from './http/http-error';
import { sendError, sendJson } from './http/respond';
import type { Router } from './http/router';

export interface ServerDeps {
  services: GatewayServices;
  router: Router<RequestContext, Access>;
  tokens: TokenAuthority;
  uiSessions: UiSessions;
  /** Reports unexpected errors (never request bodies: they may hold secrets). */
  onError?: (error: unknown, where: string) => void;
  /** A refusal's body in another shape for some paths (the SDK proxy answers in each provider's), else undefined. */
  errorBody?: (path: string, error: HttpError) => unknown;
}

/**
 * The gateway's HTTP server: Host check (DNS rebinding), route lookup, origin and token check, then the
 * handler. Every failure becomes a JSON error; nothing a client sends can crash the process.
 */
export function createGatewayServer(deps: ServerDeps): Server {
  const { services, router, tokens, uiSessions } = deps;
  const selfOrigins = () => [`http://127.0.0.1:${services.port}`, `http://localhost:${services.port}`];

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    checkHost(request, services.port);
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${services.port}`);
    const found = router.find(request.method ?? 'GET', url.pathname);
    if (found === 'not-found') throw new HttpError(404, 'not_found', `no route for ${url.pathname}`);
    if (found === 'method-not-allowed') throw new HttpError(405, 'method_not_allowed', `${request.method} is not allowed on ${url.pathname}`);
    const caller = authenticate(request, found.meta, tokens, uiSessions, selfOrigins()) ?? { kind: 'ui' as const, name: 'anonymous' };
    await found.handler({ services, caller, params: found.params, url, request, response });
  }

  const server = createServer((request, response) => {
    void handle(request, response).catch(async (error: unknown) => {
      if (error instanceof HttpError) {
        if (error.status === 413 && !response.headersSent) {
          // The answer waits until the refused body is read and dropped (up to a bound); only a body past the
          // bound gets its connection closed under it.
          if (!(await discardRest(request))) {
            response.setHeader('connection', 'close');
            response.once('finish', () => request.destroy());
          }
        }
        const shaped = response.headersSent ? undefined : deps.errorBody?.((request.url ?? '/').split('?')[0]!, error);
        if (shaped === undefined) sendError(response, error);
        else sendJson(response, error.status, shaped);
        return;
      }
      deps.onError?.(error, `${request.method} ${request.url?.split('?')[0]}`);
      sendError(response, new HttpError(500, 'internal_error', 'the gateway could not handle this request; see its log'));
    });
  });
  // Slow or stuck clients must not hold sockets forever; long-polls stay under these limits.
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;
  server.keepAliveTimeout = 5_000;
  return server;
}
