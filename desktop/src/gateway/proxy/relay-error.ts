import type { IncomingMessage, ServerResponse } from 'node:http';
import { readAllCapped } from '@promptgate/shared/http-node';
import { decoded, relayRaw, sendRewritten, type BeforeEnd } from './relay';

const MAX_ERROR_BYTES = 1024 * 1024;

/** The key values inside auth headers (`Bearer sk-...` → `sk-...`). */
export function keyValues(auth: Record<string, string>): string[] {
  return Object.values(auth)
    .map((value) => value.replace(/^Bearer\s+/i, ''))
    .filter((value) => value.length >= 8);
}

/**
 * Relays an upstream error faithfully (status, headers, body) so the SDK raises the same typed error it would
 * without the proxy. One change: a provider that echoes the key it was given (some do, for a wrong key) gets
 * it replaced, because the key is the gateway's and the client must never see it.
 */
export async function relayError(response: ServerResponse, upstream: IncomingMessage, auth: Record<string, string>, beforeEnd?: BeforeEnd): Promise<void> {
  const keys = keyValues(auth);
  if (keys.length === 0) return relayRaw(response, upstream, beforeEnd);
  const body = await readAllCapped(decoded(upstream), MAX_ERROR_BYTES);
  if (body === undefined) {
    response.destroy();
    return;
  }
  let text = body.toString('utf8');
  for (const key of keys) text = text.split(key).join('[PROVIDER_KEY]');
  sendRewritten(response, upstream, text, beforeEnd);
}
