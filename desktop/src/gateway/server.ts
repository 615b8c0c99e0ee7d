import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { authenticate, type Access, type TokenAuthority } from './auth';
import type { GatewayServices, RequestContext } from './context';
import { checkHost } from './http/guard';
import { HttpError } from './http/http-error';
import { sendError } from './http/respond';
import type { Router } from './http/router';

export interface ServerDeps {
  services: GatewayServices;
  router: Router<RequestContext, Access>;
  tokens: TokenAuthority;
  uiSecret: string;
  /** Reports unexpected errors (never request bodies: they may hold secrets). */
  onError?: (error: unknown, where: string) => void;
}

/**
 * The gateway's HTTP server: Host check (DNS rebinding), route lookup, origin and token check, then the
 * handler. Every failure becomes a JSON error; nothing a client sends can crash the process.
 */
export function createGatewayServer(deps: ServerDeps): Server {
  const { services, router, tokens, uiSecret } = deps;
  const selfOrigins = () => [`http://127.0.0.1:${services.port}`, `http://localhost:${services.port}`];

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    checkHost(request, services.port);
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${services.port}`);
    const found = router.find(request.method ?? 'GET', url.pathname);
    if (found === 'not-found') throw new HttpError(404, 'not_found', `no route for ${url.pathname}`);
    if (found === 'method-not-allowed') throw new HttpError(405, 'method_not_allowed', `${request.method} is not allowed on ${url.pathname}`);
    const caller = authenticate(request, found.meta, tokens, uiSecret, selfOrigins()) ?? { kind: 'ui' as const, name: 'anonymous' };
    await found.handler({ services, caller, params: found.params, url, request, response });
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (error instanceof HttpError) {
        if (error.status === 413 && !response.headersSent) {
          // A refused upload is not read to the end: close the connection once the answer is out.
          response.setHeader('connection', 'close');
          response.once('finish', () => request.destroy());
        }
        sendError(response, error);
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
