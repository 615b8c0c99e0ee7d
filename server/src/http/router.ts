import type { IncomingMessage, ServerResponse } from 'node:http';

export type Handler<Context> = (context: Context & { params: Record<string, string>; url: URL; request: IncomingMessage; response: ServerResponse }) => Promise<void> | void;

interface CompiledRoute<Context, Meta> {
  method: string;
  segments: string[];
  wildcard: boolean;
  handler: Handler<Context>;
  meta: Meta;
}

/** A flat routing table of `METHOD /path/:param` strings; literal segments beat params. */
export class Router<Context, Meta> {
  readonly #routes: Array<CompiledRoute<Context, Meta>> = [];

  add(route: string, meta: Meta, handler: Handler<Context>): this {
    const [method, path] = route.split(' ') as [string, string];
    const wildcard = path.endsWith('/*');
    const segments = (wildcard ? path.slice(0, -2) : path).split('/').filter(Boolean);
    this.#routes.push({ method, segments, wildcard, handler, meta });
    this.#routes.sort((a, b) => specificity(b) - specificity(a));
    return this;
  }

  find(method: string, pathname: string): { handler: Handler<Context>; params: Record<string, string>; meta: Meta } | 'not-found' | 'method-not-allowed' {
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
