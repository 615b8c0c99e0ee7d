import { browser } from 'wxt/browser';
import type { TabStatus } from '../messages/protocol';

type Counts = TabStatus['counts'];

/** Session storage survives the service worker going idle, and is gone when the browser closes. */
const key = (tabId: number) => `tabCounts:${tabId}`;

export async function countFor(tabId: number): Promise<Counts> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as Counts | undefined) ?? {};
}

let queue: Promise<void> = Promise.resolve();

/** Counts are read-modify-written one after another, so two quick sends cannot lose a count. */
export function countLater(tabId: number, verdict: keyof Counts): Promise<void> {
  queue = queue
    .then(async () => {
      const counts = await countFor(tabId);
      counts[verdict] = (counts[verdict] ?? 0) + 1;
      await browser.storage.session.set({ [key(tabId)]: counts });
    })
    .catch(() => undefined);
  return queue;
}

/** Resolves once every count asked for so far is stored. */
export const countsSettled = (): Promise<void> => queue;

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
