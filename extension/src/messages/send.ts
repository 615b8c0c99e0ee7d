import { browser } from 'wxt/browser';
import type { Envelope, MessageName, Request, Response } from './protocol';

/** Sends a typed message to the background and resolves with its typed answer. */
export async function sendToBackground<K extends MessageName>(name: K, payload: Request<K>): Promise<Response<K>> {
  const envelope: Envelope<K> = { promptgate: name, payload };
  return browser.runtime.sendMessage<Envelope<K>, Response<K>>(envelope);
}
