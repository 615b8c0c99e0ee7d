import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';

const SCREENSHOTS = fileURLToPath(new URL('../../test-results/ui/', import.meta.url));

/**
 * A fresh page logged into the UI the way a person is: by opening the link the gateway prints, which
 * trades the launch secret for the UI cookie. Fails the test on any script error or CSP violation.
 */
export async function openUi(
  browser: Browser,
  uiUrl: string,
  options: { width?: number; height?: number } = {},
): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 860 } });
  // Waits for elements are hang protection: a loaded machine may take long to render, and that is not a failure.
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(uiUrl);
  await page.waitForURL(/\/ui\/$/);
  return { page, errors, close: () => context.close() };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}

/** Waits until the UI's live stream is connected, so events from now on reach the page. */
export async function waitLive(page: Page): Promise<void> {
  await page.locator('[data-testid="connection"].is-live').waitFor();
}
