import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TestGateway } from '../../desktop/src/gateway/testing/test-gateway';
import { longPrompt } from './fixtures/long-prompt';
import { startFixtureServer, type FixtureServer } from './fixtures/server';
import { FIXTURE_SITES, type FixtureSite } from './fixtures/sites';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { ensureExtensionBuilt } from './support/build-extension';
import { SECRETS, startE2eGateway } from './support/gateway';
import { openSite, overlay, sendsTo, setPrompt, waitForSend } from './support/page-actions';

let gateway: TestGateway;
let fixture: FixtureServer;
let browser: ExtensionBrowser;
let counter = 0;

beforeAll(async () => {
  const [extensionDir, g, f] = await Promise.all([ensureExtensionBuilt(), startE2eGateway(), startFixtureServer()]);
  gateway = g;
  fixture = f;
  browser = await launchWithExtension(extensionDir, fixture.hostRules());
  await browser.setSettings({ gatewayUrl: gateway.gateway.url, token: gateway.extensionToken });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await fixture?.close();
  await gateway?.stop();
});

async function fresh(site: FixtureSite): Promise<{ page: Page; id: string }> {
  const id = `long${++counter}-${site.id}`;
  const page = await browser.context.newPage();
  await openSite(page, fixture, site, id);
  return { page, id };
}

describe.each(FIXTURE_SITES)('$id', (site) => {
  it('rewrites a 100 KB prompt with secrets and sends exactly the redacted text, blank lines and indentation kept', async () => {
    const { page, id } = await fresh(site);
    const { text, redacted } = longPrompt(100 * 1024);
    await setPrompt(page, site, text);
    await page.keyboard.press('Enter');
    const sent = await waitForSend(fixture, site, id);
    expect(sent.text.length).toBe(redacted.length);
    expect(sent.text).toBe(redacted);
    expect(JSON.stringify(fixture.sends)).not.toContain(SECRETS.github);
    await page.close();
  });
});

describe('an editor that cannot take the exact text', () => {
  it('does not send, and says so', async () => {
    const site = FIXTURE_SITES.find((s) => s.editor === 'prosemirror')!;
    const { page, id } = await fresh(site);
    await setPrompt(page, site, `Line one\n\n    deploy with ${SECRETS.github}`);
    // From here on the editor removes blank lines, so the redacted text cannot be put in place exactly.
    await page.evaluate(() => (window.__fixtureDropsBlankLines = true));
    await page.keyboard.press('Enter');
    await expect.poll(() => overlay(page).count()).toBe(1);
    expect(await overlay(page).textContent()).toContain('could not be put in place');
    expect(sendsTo(fixture, site, id)).toEqual([]);
    await page.close();
  });
});
