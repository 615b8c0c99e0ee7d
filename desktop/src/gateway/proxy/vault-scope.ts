import type { IncomingMessage } from 'node:http';
import { isRecord } from './json-text';
import type { ScopedVaults } from './scoped-vaults';

/**
 * The scope whose placeholders a call shares: everything the provider can see together. A named session
 * (`x-promptgate-session`) first, else a Responses `conversation`, else the chain a `previous_response_id`
 * continues. Without any of them (a Chat or Anthropic history replayed by the client), calls of one client to
 * one provider on one UTC day share a scope, so a replayed value keeps its placeholder and a new value gets the
 * next number. A chain the gateway no longer knows (restarted, expired) falls back to that day scope.
 * Keys start with the client's token name and the provider, so no client ever reaches another's values.
 */
export function vaultScope(request: IncomingMessage, caller: string, provider: string, body: unknown, vaults: ScopedVaults, now = new Date()): string {
  const prefix = `${caller}\n${provider}\n`;
  const session = request.headers['x-promptgate-session'];
  if (typeof session === 'string' && session.trim() !== '') return `${prefix}session:${session.trim()}`;
  if (isRecord(body)) {
    const conversation = conversationId(body['conversation']);
    if (conversation !== undefined) return `${prefix}conversation:${conversation}`;
    const previous = body['previous_response_id'];
    if (typeof previous === 'string') {
      const chained = vaults.scopeOfResponse(previous);
      if (chained?.startsWith(prefix)) return chained;
    }
  }
  return `${prefix}day:${now.toISOString().slice(0, 10)}`;
}

/** `conversation` is an id or `{ id }`. */
function conversationId(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (isRecord(value) && typeof value['id'] === 'string' && value['id'] !== '') return value['id'];
  return undefined;
}

/** The id of a Responses object: a JSON reply, or the `response` of a streamed event. */
export function responseIdOf(payload: unknown): string | undefined {
  if (!isRecord(payload)) return undefined;
  if (payload['object'] === 'response' && typeof payload['id'] === 'string') return payload['id'];
  const inner = payload['response'];
  if (isRecord(inner) && typeof inner['id'] === 'string') return inner['id'];
  return undefined;
}
