import { browser } from 'wxt/browser';
import type { SiteControl } from '@promptgate/shared';

/** One report per tab, site and control in this window: a page that keeps failing cannot flood the log. */
export const REPORT_WINDOW_MS = 5 * 60_000;

interface TabHealth {
  /** What the page loaded in the tab cannot be seen (shown in the popup); cleared when the tab loads a page. */
  degraded: SiteControl[];
  /** When each `site control` was last reported to the gateway. */
  reportedAt: Record<string, number>;
}

/** Session storage survives the service worker going idle, and is gone when the browser closes. */
const key = (tabId: number) => `tabHealth:${tabId}`;

async function read(tabId: number): Promise<TabHealth> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as TabHealth | undefined) ?? { degraded: [], reportedAt: {} };
}

let queue: Promise<unknown> = Promise.resolve();

/** Read-modify-writes one after another, so two reports at once cannot both take the same slot. */
function update<T>(tabId: number, change: (health: TabHealth) => T): Promise<T> {
  const next = queue.then(async () => {
    const health = await read(tabId);
    const result = change(health);
    await browser.storage.session.set({ [key(tabId)]: health });
    return result;
  });
  queue = next.catch(() => undefined);
  return next;
}

export async function degradedControls(tabId: number): Promise<SiteControl[]> {
  return (await read(tabId)).degraded;
}

/** Marks the control as unseen on the tab; true when it may be reported to the gateway now (and takes that slot). */
export function noteUnrecognised(tabId: number, site: string, control: SiteControl, now = Date.now()): Promise<boolean> {
  return update(tabId, (health) => {
    if (!health.degraded.includes(control)) health.degraded.push(control);
    const slot = `${site} ${control}`;
    const last = health.reportedAt[slot];
    if (last !== undefined && now - last < REPORT_WINDOW_MS) return false;
    health.reportedAt[slot] = now;
    return true;
  });
}

/** The report did not reach the gateway: the next page that fails may try again. */
export function releaseReport(tabId: number, site: string, control: SiteControl): Promise<void> {
  return update(tabId, (health) => {
    delete health.reportedAt[`${site} ${control}`];
  });
}

/** A new page in the tab starts with a clean bill until its content script says otherwise. */
export function pageLoading(tabId: number): Promise<void> {
  return update(tabId, (health) => {
    health.degraded = [];
  });
}

export async function forgetTabHealth(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
