import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { CHROMIUM } from '../../support/chromium';

/** The one extension API the tests call inside the service worker (the root program has no chrome types). */
interface ChromeStorageGlobal {
  chrome: { storage: { local: { set(values: Record<string, unknown>): Promise<void> } } };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Writes extension settings the way the options page would (chrome.storage.local). */
  setSettings(settings: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

/** Chromium quiet and headless, with the fixture sites' hosts mapped to the local fixture server (its certificate is self-signed). */
export function fixtureBrowserArgs(hostRules: string): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--host-resolver-rules=${hostRules}`,
    '--ignore-certificate-errors',
  ];
}

/** Debian's Chromium with the built extension loaded, fixture hosts mapped to the local fixture server. */
export async function launchWithExtension(extensionDir: string, hostRules: string): Promise<ExtensionBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'pg-ext-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1000, height: 700 },
    args: [...fixtureBrowserArgs(hostRules), `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  // Waits (the service worker here, elements in the tests) are hang protection: a loaded machine is slow, not broken.
  context.setDefaultTimeout(60_000);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    setSettings: (settings) => worker.evaluate((values) => (globalThis as unknown as ChromeStorageGlobal).chrome.storage.local.set(values), settings),
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
