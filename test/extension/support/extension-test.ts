import { test as base, type BrowserContext } from '@playwright/test';
import { launchWithExtension } from './browser';
import { ensureExtensionBuilt } from './build-extension';

interface ExtensionFixtures {
  /** A fresh Chromium profile with the built extension loaded (WXT's Playwright example, on Debian's Chromium). */
  context: BrowserContext;
  /** The loaded extension's id, read from its service worker, for `chrome-extension://` pages. */
  extensionId: string;
}

interface ExtensionWorkerFixtures {
  /** The built extension, rebuilt once per run when its sources changed. */
  extensionDir: string;
}

/** The browser suites' `test`: the extension is built once per worker, and `context`/`extensionId` load it. */
export const test = base.extend<ExtensionFixtures, ExtensionWorkerFixtures>({
  extensionDir: [
    async ({}, use) => {
      await use(await ensureExtensionBuilt());
    },
    { scope: 'worker' },
  ],
  context: async ({ extensionDir }, use) => {
    const browser = await launchWithExtension(extensionDir, '');
    await use(browser.context);
    await browser.close();
  },
  extensionId: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(new URL(worker.url()).host);
  },
});

export { expect } from '@playwright/test';
