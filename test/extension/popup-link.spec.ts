import { expect, test } from './support/extension-test';
import type { Page } from 'playwright-core';
import { useExtensionRig } from './support/rig';

const rig = useExtensionRig('popup-link');

/** The popup as a page in a tab (a toolbar popup cannot be driven); `?tab=` keeps it open after a click. */
async function openPopup(): Promise<Page> {
  const popup = await rig.browser.context.newPage();
  await popup.goto(`chrome-extension://${rig.browser.extensionId}/popup.html?tab=1`);
  await expect.poll(() => popup.locator('#connection').textContent()).not.toBe('Checking…');
  return popup;
}

/** Clicks "Open the promptgate window" and returns the tab it opened, once that tab has loaded. */
async function clickOpenWindow(popup: Page): Promise<Page> {
  const [opened] = await Promise.all([rig.browser.context.waitForEvent('page'), popup.locator('#ui').click()]);
  await opened.waitForLoadState();
  return opened;
}

/** What the local UI's own page gets from its API: 200 when it is signed in, 401 when it is not. */
const overviewStatus = (ui: Page) => ui.evaluate(() => fetch('/ui/api/overview').then((response) => response.status));

test.describe('the popup\u2019s link to the promptgate window', () => {
  test('opens the local UI signed in, with a fresh single-use link on every click', async () => {
    const popup = await openPopup();
    const first = await clickOpenWindow(popup);
    expect(new URL(first.url()).origin).toBe(rig.gateway.gateway.url);
    expect(new URL(first.url()).pathname).toBe('/ui/');
    expect(await overviewStatus(first)).toBe(200);

    // Another click is another link: the first one is spent, and the second still signs in.
    const second = await clickOpenWindow(popup);
    expect(await overviewStatus(second)).toBe(200);
    expect(await popup.locator('#ui-message').textContent()).toBe('');
    await Promise.all([first.close(), second.close(), popup.close()]);
  });

  test('offers pairing instead when this browser is not paired', async () => {
    await rig.browser.setSettings({ token: null });
    try {
      const popup = await openPopup();
      expect(await popup.locator('#connection').textContent()).toBe('Not paired with promptgate yet');
      expect(await popup.locator('#ui').isVisible()).toBe(false);
      expect(await popup.locator('#options').textContent()).toBe('Pair this browser');
      await popup.close();
    } finally {
      await rig.browser.setSettings({ token: rig.gateway.extensionToken });
    }
  });

  test('says promptgate is not running, and opens nothing, when the gateway is away', async () => {
    const popup = await openPopup();
    // The gateway goes away after the popup showed it connected.
    await rig.browser.setSettings({ gatewayUrl: 'http://127.0.0.1:9' });
    try {
      const pagesBefore = rig.browser.context.pages().length;
      await popup.locator('#ui').click();
      await expect.poll(() => popup.locator('#ui-message').textContent()).toMatch(/not running on this computer/);
      expect(rig.browser.context.pages().length).toBe(pagesBefore);
      await popup.close();
    } finally {
      await rig.browser.setSettings({ gatewayUrl: rig.gateway.gateway.url });
    }
  });
});
