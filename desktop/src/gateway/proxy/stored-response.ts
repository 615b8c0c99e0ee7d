import { encodeBase64Text, readStringPayload } from './base64-text';
import { upstreamHeaders } from './forward-headers';
import { relayReply } from './inspected-call';
import { isRecord, mapStrings } from './json-text';
import { responses } from './openai/responses';
import { passThrough } from './pass-through';
import type { ProxyCall } from './proxy-call';
import { createReplyText, type ReplyText } from './reply/reply-text';
import { withToolCallPolicy } from './tool-calls/guarded-endpoint';
import { replayedRefusals } from './tool-calls/refused-calls';
import type { EndpointAdapter } from './types';

/** `GET /responses/{id}` or `GET /responses/{id}/input_items`. */
export interface StoredResponsePath {
  id: string;
  inputItems: boolean;
}

export function storedResponsePath(rest: string): StoredResponsePath | undefined {
  const match = /^responses\/([^/]+)(\/input_items)?$/.exec(rest);
  if (!match) return undefined;
  try {
    return { id: decodeURIComponent(match[1]!), inputItems: match[2] !== undefined };
  } catch {
    // Not an id the gateway ever saw (a broken escape): nothing to restore, so the provider answers it as it is.
    return undefined;
  }
}

/**
 * Input items hold what the proxy sent: every text in them, tool-call arguments as the JSON text they are. Each
 * string goes through once: arguments restored a second time, as text, would have their restored values masked
 * as secrets of the model's own.
 */
function restoreInputItems(body: unknown, reply: ReplyText): void {
  if (!isRecord(body) || !Array.isArray(body['data'])) return;
  const restore = (text: string) => reply.whole(text, 'text', { log: false });
  for (const item of body['data'] as unknown[]) {
    const args = isRecord(item) ? item['arguments'] : undefined;
    mapStrings(item, (text) => (text.startsWith('data:') ? restoreAttachedFile(text, restore) : restore(text)));
    if (typeof args === 'string') (item as Record<string, unknown>)['arguments'] = reply.whole(args, 'json', { log: false });
  }
}

/** A file the client attached as a data URL went out with placeholders in its text: it comes back with the client's values. */
function restoreAttachedFile(value: string, restore: (text: string) => string): string {
  // Read under no file field's name, a data URL that is no base64 is text as written, never unreadable.
  const payload = readStringPayload(undefined, value);
  if (payload.kind === 'plain') return restore(value);
  if (payload.kind !== 'base64-text') return value;
  const restored = restore(payload.text);
  return restored === payload.text ? value : encodeBase64Text(payload.encoding, restored);
}

const inputItems: EndpointAdapter = {
  path: 'responses/input_items',
  schema: responses.schema,
  texts: () => [],
  model: () => undefined,
  transformResponse: restoreInputItems,
  usage: () => undefined,
  respondsWithText: true,
};

/**
 * A stored response the provider gives back holds the placeholders of the scope that produced it: it comes back
 * restored with that scope's vault (streamed or not). A response the gateway did not see, or no longer
 * remembers, goes through as the provider wrote it: nothing in it could be restored to the right value. A tool
 * call the gateway refused in it comes back as the refusal that stood in its place.
 */
export async function storedResponse(call: ProxyCall, path: StoredResponsePath): Promise<void> {
  const scope = call.vaults.scopeOfResponse(path.id);
  const vault = scope?.startsWith(`${call.context.caller.name}\n${call.adapter.name}\n`) ? call.vaults.existing(scope) : undefined;
  if (!vault) return passThrough(call);
  const { policy, extraRules } = call.context.services.policy.active;
  const reply = createReplyText({ vault, restore: policy.restoreResponses, policy, extraRules, ...(call.deps.clock ? { clock: call.deps.clock } : {}) });
  const headers = upstreamHeaders(call.context.request.headers, call.auth, true);
  const upstream = await call.deps.client.send(call.target, { method: 'GET', headers, cancel: call.cancel });
  const refusals = path.inputItems ? undefined : call.vaults.refusalsOf(path.id, `${call.context.caller.name}\n${call.adapter.name}\n`);
  const endpoint = path.inputItems ? inputItems : refusals ? withToolCallPolicy('openai', responses, replayedRefusals(refusals)) : responses;
  await relayReply(call, endpoint, upstream, reply, () => {});
}
