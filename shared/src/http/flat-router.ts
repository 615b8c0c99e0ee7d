/** What a lookup found: the handler, the `:param` (and `*`) values, and the route's metadata. */
export interface RouteFound<H, Meta> {
  handler: H;
  params: Record<string, string>;
  meta: Meta;
}

interface CompiledRoute<H, Meta> {
  method: string;
  segments: string[];
  /** `/ui/*`: the rest of the path is the `*` param. */
  wildcard: boolean;
  handler: H;
  meta: Meta;
}

/**
 * A flat routing table: `METHOD /path/:param` strings in one list that reads as a map of the service.
 * Literal segments beat params, so `/api/approvals/stats` can sit next to `/api/approvals/:id`. Generic over
 * the handler type, so the gateway and the org server share it without sharing their request types.
 */
export class FlatRouter<H, Meta> {
  readonly #routes: Array<CompiledRoute<H, Meta>> = [];

  add(route: string, meta: Meta, handler: H): this {
    const [method, path] = route.split(' ') as [string, string];
    const wildcard = path.endsWith('/*');
    const segments = (wildcard ? path.slice(0, -2) : path).split('/').filter(Boolean);
    this.#routes.push({ method, segments, wildcard, handler, meta });
    this.#routes.sort((a, b) => specificity(b) - specificity(a));
    return this;
  }

  /** The route for a request, or why there is none (no such path, or the path without this method). */
  find(method: string, pathname: string): RouteFound<H, Meta> | 'not-found' | 'method-not-allowed' {
    const parts = pathname.split('/').filter(Boolean).map(safeDecode);
    let pathMatched = false;
    for (const route of this.#routes) {
      const params = matchPath(route, parts);
      if (!params) continue;
      pathMatched = true;
      if (route.method === method || (method === 'HEAD' && route.method === 'GET')) return { handler: route.handler, params, meta: route.meta };
    }
    return pathMatched ? 'method-not-allowed' : 'not-found';
  }
}

function specificity(route: { segments: string[]; wildcard: boolean }): number {
  const literal = route.segments.filter((s) => !s.startsWith(':')).length;
  return (route.wildcard ? 0 : 1000) + route.segments.length * 10 + literal;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
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
