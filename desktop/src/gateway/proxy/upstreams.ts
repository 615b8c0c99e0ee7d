import type { Provider } from '../provider-keys/providers';

/** Base URL per provider: `/v1/...` is appended, so a path prefix (Azure's `/openai`, an egress proxy's route) is kept. */
export type Upstreams = Record<Provider, URL>;

export const DEFAULT_UPSTREAMS = { openai: 'https://api.openai.com', anthropic: 'https://api.anthropic.com' } as const;

export class InvalidUpstreamError extends Error {
  readonly code = 'invalid_upstream';
}

/** Checks one base URL: http or https, no credentials in it (they would end up in logs), no query or fragment. */
export function parseUpstream(provider: Provider, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidUpstreamError(`${provider} upstream "${value}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidUpstreamError(`${provider} upstream must be http:// or https://`);
  if (url.username || url.password) throw new InvalidUpstreamError(`${provider} upstream must not carry credentials; set the key with \`promptgate keys set ${provider}\``);
  if (url.search || url.hash) throw new InvalidUpstreamError(`${provider} upstream must not have a query or fragment`);
  url.pathname = url.pathname.replace(/\/+$/, '');
  // A base that already ends in /v1 would become /v1/v1/...: accept it as written by people who copy SDK base URLs.
  url.pathname = url.pathname.replace(/\/v1$/, '');
  return url;
}

export function resolveUpstreams(given: Partial<Record<Provider, string>> = {}): Upstreams {
  return {
    openai: parseUpstream('openai', given.openai ?? DEFAULT_UPSTREAMS.openai),
    anthropic: parseUpstream('anthropic', given.anthropic ?? DEFAULT_UPSTREAMS.anthropic),
  };
}

/** The upstream URL for `/v1/<rest>?<query>` under a base. */
export function upstreamUrl(base: URL, rest: string, search: string): URL {
  const url = new URL(base.href);
  url.pathname = `${base.pathname.replace(/\/+$/, '')}/v1/${rest}`;
  url.search = search;
  return url;
}
