import { browser } from 'wxt/browser';
import type { TabStatus } from '../messages/protocol';

type Counts = TabStatus['counts'];

/** Session storage survives the service worker going idle, and is gone when the browser closes. */
const key = (tabId: number) => `tabCounts:${tabId}`;

export async function countFor(tabId: number): Promise<Counts> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as Counts | undefined) ?? {};
}

export async function bump(tabId: number, verdict: keyof Counts): Promise<void> {
  const counts = await countFor(tabId);
  counts[verdict] = (counts[verdict] ?? 0) + 1;
  await browser.storage.session.set({ [key(tabId)]: counts });
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
