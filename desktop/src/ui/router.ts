/** Hash routes: `#/`, `#/approvals`, `#/sessions?…`, `#/sessions/:id`, `#/settings`. */

export type RouteName = 'overview' | 'approvals' | 'sessions' | 'session' | 'settings' | 'not-found';

export interface Route {
  name: RouteName;
  params: Record<string, string>;
  query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', search = ''] = raw.split('?', 2);
  const query = new URLSearchParams(search);
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((part) => decodeURIComponent(part));
  const [first, second, ...rest] = parts;
  if (rest.length > 0) return { name: 'not-found', params: {}, query };
  if (first === undefined) return { name: 'overview', params: {}, query };
  if (first === 'sessions' && second !== undefined) return { name: 'session', params: { id: second }, query };
  if (second !== undefined) return { name: 'not-found', params: {}, query };
  if (first === 'approvals' || first === 'sessions' || first === 'settings') return { name: first, params: {}, query };
  return { name: 'not-found', params: {}, query };
}

/** The path part of the current hash, for comparing routes while only the query changes. */
export function hashPath(hash: string): string {
  return (hash.replace(/^#/, '') || '/').split('?', 1)[0] ?? '/';
}

export function sessionHref(id: string): string {
  return `#/sessions/${encodeURIComponent(id)}`;
}
