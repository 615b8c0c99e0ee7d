import { createServer, type Server } from 'node:http';
import express, { type RequestHandler } from 'express';
import { jsonErrorHandler, mountRoutes, noRoute, requestUrl, routeParams, type HttpError } from '@promptgate/shared/http-node';
import { authenticate, type TokenAuthority } from './auth';
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
   * Paths that stream on the raw Node request and response (the SDK proxy; an MCP gateway's `/mcp/<name>`):
   * matched first, with no body parser and no page middleware in front of them.
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
 * The gateway's HTTP server: Host check (DNS rebinding), then the streaming paths, then pages and the API,
 * each route with its origin and token check. Every failure becomes a JSON error; nothing a client sends can
 * crash the process. The Node server is returned as is, so a WebSocket channel can take its 'upgrade' event.
 */
export function createGatewayServer(deps: ServerDeps): Server {
  const { services, tokens, uiSessions } = deps;
  const selfOrigins = () => [`http://127.0.0.1:${services.port}`, `http://localhost:${services.port}`];
  const bind = (handler: GatewayRoute[2], access: GatewayRoute[1]): RequestHandler =>
    async function gatewayRoute(request, response) {
      const caller = authenticate(request, access, tokens, uiSessions, selfOrigins()) ?? ANONYMOUS;
      const url = requestUrl(request, `http://127.0.0.1:${services.port}`);
      await handler({ services, caller, params: routeParams(request), url, request, response });
    };

  const streaming = express.Router();
  mountRoutes(streaming, deps.streaming ?? [], bind);
  const api = express.Router();
  mountRoutes(api, deps.routes, bind);

  const app = express();
  app.disable('x-powered-by');
  app.use(function hostCheck(request, _response, next) {
    checkHost(request, services.port);
    next();
  });
  app.use(streaming);
  app.use('/ui', uiPageHeaders);
  app.use(gatewayGuessLimits());
  app.use(api);
  app.use(noRoute);
  app.use(jsonErrorHandler({ shapeBody: deps.errorBody, onError: deps.onError, internalMessage: 'the gateway could not handle this request; see its log' }));

  const server = createServer(app);
  // Slow or stuck clients must not hold sockets forever; long-polls stay under these limits.
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;
  server.keepAliveTimeout = 5_000;
  return server;
}
