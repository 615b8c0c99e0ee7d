import type { Page } from 'playwright-core';
import { startTestGateway, type TestGateway } from '../../../desktop/src/gateway/testing/test-gateway';
import { startFixtureServer, type FixtureServer } from '../fixtures/server';
import type { FixtureSite } from '../fixtures/sites';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { E2E_POLICY } from './e2e-policy';
import { test } from './extension-test';
import { openSite } from './page-actions';

/** The real built extension in Chromium, a real gateway it is paired with, and the fixture chat sites. */
export interface ExtensionRig {
  readonly gateway: TestGateway;
  readonly fixture: FixtureServer;
  readonly browser: ExtensionBrowser;
  /** A new tab on `site`, in a conversation no other test of the file uses. */
  fresh(site: FixtureSite): Promise<{ page: Page; id: string }>;
}

/**
 * Starts the rig once for the calling test file (in its `beforeAll`) and stops it after (`afterAll`). Playwright
 * traces its browser like any it launches: a failing test leaves `trace.zip` in test-results/playwright.
 * `idPrefix` keeps the conversation ids of one file apart from another's in the fixture's records.
 */
export function useExtensionRig(idPrefix: string): ExtensionRig {
  const parts: { gateway?: TestGateway; fixture?: FixtureServer; browser?: ExtensionBrowser } = {};
  let counter = 0;
  const running = () => {
    const { gateway, fixture, browser } = parts;
    if (gateway === undefined || fixture === undefined || browser === undefined) throw new Error('the extension rig is used before its beforeAll ran');
    return { gateway, fixture, browser };
  };

  test.beforeAll(async ({ extensionDir }) => {
    const [gateway, fixture] = await Promise.all([startTestGateway({ policyYaml: E2E_POLICY }), startFixtureServer()]);
    parts.gateway = gateway;
    parts.fixture = fixture;
    parts.browser = await launchWithExtension(extensionDir, fixture.hostRules());
    await parts.browser.setSettings({ gatewayUrl: gateway.gateway.url, token: gateway.extensionToken });
  });

  // Whatever started is stopped, even when a later part failed to start.
  test.afterAll(async () => {
    await parts.browser?.close();
    await parts.fixture?.close();
    await parts.gateway?.stop();
  });

  return {
    get gateway() {
      return running().gateway;
    },
    get fixture() {
      return running().fixture;
    },
    get browser() {
      return running().browser;
    },
    async fresh(site) {
      const id = `${idPrefix}${++counter}-${site.id}`;
      const page = await running().browser.context.newPage();
      await openSite(page, running().fixture, site, id);
      return { page, id };
    },
  };
}
