import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';

/** Hop-by-hop headers (RFC 9110 §7.6.1) and what the proxy sets itself; never copied either way. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
  'expect',
]);
/** Client headers that are the gateway's business only: its own token, and browser state. */
const CLIENT_ONLY = new Set(['authorization', 'x-api-key', 'api-key', 'cookie', 'origin', 'referer']);

/**
 * Headers for the upstream request: the client's own (SDK version, `anthropic-version`, `anthropic-beta`,
 * `OpenAI-Organization`, idempotency keys...) minus credentials and hop-by-hop headers, plus the provider auth.
 * `identity` encoding when the proxy must read the reply; the client's choice when it is only relayed.
 */
export function upstreamHeaders(incoming: IncomingHttpHeaders, auth: Record<string, string>, readsReply: boolean): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined || HOP_BY_HOP.has(name) || CLIENT_ONLY.has(name) || name.startsWith('x-promptgate-')) continue;
    if (readsReply && name === 'accept-encoding') continue;
    out[name] = value;
  }
  if (readsReply) out['accept-encoding'] = 'identity';
  return { ...out, ...auth };
}

/** Upstream response headers for the client; `rewritten` drops length and encoding of a body the proxy rewrote. */
export function clientHeaders(incoming: IncomingHttpHeaders, rewritten: boolean): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined || HOP_BY_HOP.has(name) || name === 'set-cookie') continue;
    if (rewritten && name === 'content-encoding') continue;
    out[name] = value;
  }
  return out;
}
