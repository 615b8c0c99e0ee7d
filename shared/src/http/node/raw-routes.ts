import type { RouteEntry } from './route-table';

/** A raw route the request matched: its handler, who may call it, the `:param` and `*` values. */
export interface RawMatch<Meta, H> {
  handler: H;
  meta: Meta;
  params: Record<string, string>;
}

interface RawRoute<Meta, H> {
  method: string;
  segments: string[];
  wildcard: boolean;
  meta: Meta;
  handler: H;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    // A `%` that starts no escape stays as written: the provider answers the path as the client wrote it.
    return part;
  }
}

/**
 * The streaming paths (the SDK proxy, the MCP gateway) matched by hand, before express sees the request: express
 * re-prototypes every request and response it handles, which cost the proxy a tenth of its added latency, and
 * these handlers want the raw Node objects anyway. Same table syntax as `mountRoutes` (`METHOD /a/:b`,
 * `METHOD /a/*`); a path no route has is `undefined` (express takes it), a known path with another method is
 * `'method-not-allowed'`.
 */
export function rawRoutes<Meta, H>(table: ReadonlyArray<RouteEntry<Meta, H>>): (method: string, pathname: string) => RawMatch<Meta, H> | 'method-not-allowed' | undefined {
  const routes: Array<RawRoute<Meta, H>> = table.map(([route, meta, handler]) => {
    const [method = '', path = '', extra] = route.split(' ');
    if (!path.startsWith('/') || extra !== undefined) throw new Error(`not a route: "${route}"`);
    const wildcard = path.endsWith('/*');
    return { method, segments: (wildcard ? path.slice(0, -2) : path).split('/').filter(Boolean), wildcard, meta, handler };
  });
  const firstSegments = new Set(routes.map((route) => route.segments[0]));
  return (method, pathname) => {
    // Most requests are for other paths: one look at the first segment sends them on to express.
    const slash = pathname.indexOf('/', 1);
    if (!firstSegments.has(safeDecode(pathname.slice(1, slash < 0 ? undefined : slash)))) return undefined;
    const parts = pathname.split('/').filter(Boolean).map(safeDecode);
    let pathMatched = false;
    for (const route of routes) {
      const params = matchPath(route, parts);
      if (params === undefined) continue;
      pathMatched = true;
      if (route.method === method) return { handler: route.handler, meta: route.meta, params };
    }
    return pathMatched ? 'method-not-allowed' : undefined;
  };
}

function matchPath(route: { segments: string[]; wildcard: boolean }, parts: string[]): Record<string, string> | undefined {
  if (route.wildcard ? parts.length < route.segments.length : parts.length !== route.segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < route.segments.length; i++) {
    const segment = route.segments[i]!;
    if (segment.startsWith(':')) params[segment.slice(1)] = parts[i]!;
    else if (segment !== parts[i]) return undefined;
  }
  if (route.wildcard) params['*'] = parts.slice(route.segments.length).join('/');
  return params;
}
