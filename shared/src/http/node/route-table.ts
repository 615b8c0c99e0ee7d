import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, RequestHandler, Response, Router } from 'express';
import { HttpError } from './http-error';

/** What every handler gets besides its service's context: the `:param` (and `*`) values, the URL, the raw request and response. */
export interface RouteContext {
  params: Record<string, string>;
  url: URL;
  request: IncomingMessage;
  response: ServerResponse;
}

export type Handler<Context> = (context: Context & RouteContext) => Promise<void> | void;

/** `METHOD /path/:param` (a trailing `/*` takes the rest of the path), who may call it, its handler. */
export type RouteEntry<Meta, H> = readonly [route: string, meta: Meta, handler: H];

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const ADD: Record<Method, (route: ReturnType<Router['route']>, handler: RequestHandler) => void> = {
  GET: (route, handler) => route.get(handler),
  POST: (route, handler) => route.post(handler),
  PUT: (route, handler) => route.put(handler),
  PATCH: (route, handler) => route.patch(handler),
  DELETE: (route, handler) => route.delete(handler),
};

function isMethod(method: string): method is Method {
  return Object.hasOwn(ADD, method);
}

/**
 * Mounts a routing table on an express router. Paths are registered most specific first (literal segments
 * before params, wildcards last) so `/api/approvals/stats` can sit next to `/api/approvals/:id` whatever the
 * table's order; a known path called with another method is a 405. A malformed table fails at start-up.
 */
export function mountRoutes<Meta, H>(router: Router, routes: ReadonlyArray<RouteEntry<Meta, H>>, bind: (handler: H, meta: Meta) => RequestHandler): void {
  router.use(keepMalformedEscapes);
  const byPath = new Map<string, Map<Method, RequestHandler>>();
  for (const [route, meta, handler] of routes) {
    const [method = '', path = '', extra] = route.split(' ');
    if (!isMethod(method) || !path.startsWith('/') || extra !== undefined) throw new Error(`not a route: "${route}"`);
    const methods = byPath.get(path) ?? new Map<Method, RequestHandler>();
    if (methods.has(method)) throw new Error(`route declared twice: "${route}"`);
    methods.set(method, bind(handler, meta));
    byPath.set(path, methods);
  }
  for (const [path, methods] of [...byPath].sort(([a], [b]) => specificity(b) - specificity(a))) {
    const route = router.route(expressPath(path));
    for (const [method, handler] of methods) ADD[method](route, handler);
    const allowed = [...methods.keys()].join(', ');
    route.all(function methodNotAllowed(request: Request, response: Response) {
      response.setHeader('allow', allowed);
      throw new HttpError(405, 'method_not_allowed', `${request.method} is not allowed on ${request.path}`);
    });
  }
}

/** The handler's params: express names the wildcard and hands its segments as a list; handlers read `*`. */
export function routeParams(request: Request): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.params as Record<string, string | string[] | undefined>)) {
    if (name === WILDCARD) params['*'] = Array.isArray(value) ? value.join('/') : (value ?? '');
    else if (typeof value === 'string') params[name] = value;
  }
  if (expressWildcard(request) && params['*'] === undefined) params['*'] = '';
  return params;
}

/** The request's URL, whole (a router mounted under a prefix sees a shortened `url`). */
export function requestUrl(request: Request, base: string): URL {
  return new URL(request.originalUrl || request.url || '/', base);
}

const MALFORMED_ESCAPE = /%(?![0-9a-f]{2})/gi;

/**
 * A `%` that starts no escape stays as written in the params (express would refuse the whole path with a
 * 400): a proxied path goes to the provider as the client wrote it, and the provider answers it.
 */
const keepMalformedEscapes: RequestHandler = function keepMalformedEscapes(request, _response, next) {
  if (request.url.includes('%')) request.url = request.url.replace(MALFORMED_ESCAPE, '%25');
  next();
};

const WILDCARD = 'rest';

function expressWildcard(request: Request): boolean {
  const path: unknown = (request.route as { path?: unknown } | undefined)?.path;
  return typeof path === 'string' && path.endsWith(`{/*${WILDCARD}}`);
}

/** `/ui/*` matches `/ui`, `/ui/` and everything under it, as the table's wildcard always has. */
function expressPath(path: string): string {
  return path.endsWith('/*') ? `${path.slice(0, -2)}{/*${WILDCARD}}` : path;
}

function specificity(path: string): number {
  const wildcard = path.endsWith('/*');
  const segments = (wildcard ? path.slice(0, -2) : path).split('/').filter(Boolean);
  const literal = segments.filter((s) => !s.startsWith(':')).length;
  return (wildcard ? 0 : 1000) + segments.length * 10 + literal;
}
