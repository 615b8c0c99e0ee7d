import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import express, { type RequestHandler } from 'express';
import { errorResponder, HttpError, jsonErrorHandler, mountRoutes, noRoute, rawRoutes, requestUrl, routeParams, type RawMatch } from '@promptgate/shared/http-node';
import { authenticate, type Access, type TokenAuthority } from './auth';
import type { UiSessions } from './ui-sessions';
import type { Caller, GatewayServices } from './context';
import { checkHost } from './http/guard';
import { gatewayGuessLimits } from './http/guess-limits';
import type { GatewayRoute } from './http/router';
import { uiPageHeaders } from './ui-api/page-headers';

export interface ServerDeps {
  services: GatewayServices;
  /** The extension API, the local UI and its API, health: pages and JSON. */
  routes: readonly GatewayRoute[];
  /**
   * Paths that stream on the raw Node request and response (the SDK proxy; the MCP gateway's `/mcp/<name>`):
   * matched first and served without express (`rawRoutes`), so nothing stands in front of them.
   */
  streaming?: readonly GatewayRoute[];
  tokens: TokenAuthority;
  uiSessions: UiSessions;
  /** Reports unexpected errors (never request bodies: they may hold secrets). */
  onError?: (error: unknown, where: string) => void;
  /** A refusal's body in another shape for some paths (the SDK proxy answers in each provider's), else undefined. */
  errorBody?: (path: string, error: HttpError) => unknown;
}

const ANONYMOUS: Caller = { kind: 'ui', name: 'anonymous' };

/**
 * The gateway's HTTP server: the streaming paths on the raw request, everything else (pages, the API) through
 * express; both with the Host check (DNS rebinding) and each route's origin and token check. Every failure becomes a JSON error; nothing a client sends can
 * crash the process. The Node server is returned as is, so a WebSocket channel can take its 'upgrade' event.
 */
export function createGatewayServer(deps: ServerDeps): Server {
  const { services, tokens, uiSessions } = deps;
  const errorOptions = { shapeBody: deps.errorBody, onError: deps.onError, internalMessage: 'the gateway could not handle this request; see its log' };
  const selfOrigins = () => [`http://127.0.0.1:${services.port}`, `http://localhost:${services.port}`];
  const bind = (handler: GatewayRoute[2], access: GatewayRoute[1]): RequestHandler =>
    async function gatewayRoute(request, response) {
      const caller = authenticate(request, access, tokens, uiSessions, selfOrigins()) ?? ANONYMOUS;
      const url = requestUrl(request, `http://127.0.0.1:${services.port}`);
      await handler({ services, caller, params: routeParams(request), url, request, response });
    };

  const streaming = rawRoutes(deps.streaming ?? []);
  const answerError = errorResponder(errorOptions);
  const api = express.Router();
  mountRoutes(api, deps.routes, bind);

  const app = express();
  app.disable('x-powered-by');
  app.use(function hostCheck(request, _response, next) {
    checkHost(request, services.port);
    next();
  });
  app.use('/ui', uiPageHeaders);
  app.use(gatewayGuessLimits());
  app.use(api);
  app.use(noRoute);
  app.use(jsonErrorHandler(errorOptions));

  /** A streaming path, on the raw request and response: Host check, its route's origin and token check, the handler. */
  async function serveRaw(request: IncomingMessage, response: ServerResponse, pathname: string, found: RawMatch<Access, GatewayRoute[2]> | 'method-not-allowed'): Promise<void> {
    checkHost(request, services.port);
    if (found === 'method-not-allowed') throw new HttpError(405, 'method_not_allowed', `${request.method} is not allowed on ${pathname}`);
    const caller = authenticate(request, found.meta, tokens, uiSessions, selfOrigins()) ?? ANONYMOUS;
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${services.port}`);
    await found.handler({ services, caller, params: found.params, url, request, response });
  }

  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    const query = url.indexOf('?');
    const pathname = query < 0 ? url : url.slice(0, query);
    const found = streaming(request.method ?? 'GET', pathname);
    if (found === undefined) {
      app(request, response);
      return;
    }
    serveRaw(request, response, pathname, found).catch((error: unknown) => answerError(error, request, response, pathname));
  });
  // Slow or stuck clients must not hold sockets forever; long-polls stay under these limits.
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;
  server.keepAliveTimeout = 5_000;
  return server;
}
