import type { Envelope, MessageName, Request, Response } from './protocol';

/** Who sent a message: the tab, when it came from a content script. */
export interface Sender {
  tabId?: number;
  url?: string;
}

export type Handlers = { [K in MessageName]: (payload: Request<K>, sender: Sender) => Promise<Response<K>> };

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && typeof (message as { promptgate?: unknown }).promptgate === 'string';
}

/**
 * Routes an incoming message to its handler; anything else (other extensions' shapes, unknown names) gets
 * `undefined`, so the listener stays silent for it.
 */
export function dispatchMessage(handlers: Handlers, message: unknown, sender: Sender): Promise<unknown> | undefined {
  if (!isEnvelope(message) || !Object.hasOwn(handlers, message.promptgate)) return undefined;
  const handler = handlers[message.promptgate] as (payload: unknown, sender: Sender) => Promise<unknown>;
  return handler(message.payload, sender);
}
