import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { expect, test } from './support/extension-test';
import type { Page } from 'playwright-core';
import { startTestGateway, type TestGateway } from '../../desktop/src/gateway/testing/test-gateway';
import { startFixtureServer, type FixtureServer } from './fixtures/server';
import { FIXTURE_SITES } from './fixtures/sites';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { E2E_POLICY, SECRETS } from './support/e2e-policy';
import { editorText, openSite, overlay, sendsTo, typePrompt } from './support/page-actions';
import { waitForSend, waitForUpload } from './support/arrivals';

const SHOTS = 'test-results/extension';
const PRIVATE_KEY = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const chatgpt = FIXTURE_SITES.find((s) => s.id === 'chatgpt')!;
const claude = FIXTURE_SITES.find((s) => s.id === 'claude')!;
/** Nothing listens here: a gateway that is not running. */
const DEAD_GATEWAY = 'http://127.0.0.1:9';

let gateway: TestGateway;
let fixture: FixtureServer;
let browser: ExtensionBrowser;

// This browser starts unpaired: the options page pairs it, as a person would.
test.beforeAll(async ({ extensionDir }) => {
  mkdirSync(SHOTS, { recursive: true });
  const [g, f] = await Promise.all([startTestGateway({ policyYaml: E2E_POLICY }), startFixtureServer()]);
  gateway = g;
  fixture = f;
  browser = await launchWithExtension(extensionDir, fixture.hostRules());
});

test.afterAll(async () => {
  await browser?.close();
  await fixture?.close();
  await gateway?.stop();
});

async function openChat(id: string, site = chatgpt): Promise<Page> {
  const page = await browser.context.newPage();
  await openSite(page, fixture, site, id);
  return page;
}

test.describe('pairing, popup and fail modes', () => {
  test('refuses to send before pairing, and says how to pair', async () => {
    const page = await openChat('unpaired');
    await typePrompt(page, chatgpt, `Deploy with ${SECRETS.github}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => overlay(page).textContent()).toMatch(/not paired.*pairing code/s);
    expect(sendsTo(fixture, chatgpt, 'unpaired')).toEqual([]);
    await page.close();
  });

  test('pairs in the options page with the gateway\u2019s code, then redacts', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('#gateway-url').fill(gateway.gateway.url);
    await options.locator('#code').fill(gateway.gateway.auth.pairing.issue().code);
    await options.locator('button[type="submit"]').click();
    await expect.poll(() => options.locator('#message').textContent()).toMatch(/^Paired/);
    await expect.poll(() => options.locator('#connection').textContent()).toBe('promptgate is running on this computer');
    await options.screenshot({ path: `${SHOTS}/options-paired.png` });
    await options.close();

    const page = await openChat('paired');
    await typePrompt(page, chatgpt, `Deploy with ${SECRETS.github}`);
    await page.keyboard.press('Enter');
    expect((await waitForSend(fixture, chatgpt, 'paired')).text).toBe('Deploy with [GITHUB_PAT_1]');
    await page.close();
  });

  test('shows the connection, the policy and this tab\u2019s counts by verdict in the popup', async () => {
    const page = await openChat('popup');
    await typePrompt(page, chatgpt, `Deploy with ${SECRETS.github}`);
    await page.keyboard.press('Enter');
    await waitForSend(fixture, chatgpt, 'popup');
    const countedTab = async () => {
      const stored = await browser.worker.evaluate(() =>
        (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<Record<string, { redact?: number }>> } } } }).chrome.storage.session.get(null),
      );
      return Object.entries(stored)
        .find(([, counts]) => counts.redact === 1)?.[0]
        .split(':')[1];
    };
    await expect.poll(countedTab, { message: 'the tab\u2019s counts' }).toBeDefined();
    const tabId = await countedTab();
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 332, height: 400 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('#connection').textContent()).toBe('promptgate is running on this computer');
    expect(await popup.locator('#policy').textContent()).toBe('e2e policy v7');
    expect(await popup.locator('[data-verdict="redact"]').textContent()).toBe('1');
    // The link asks the gateway for a signed-in link when clicked (popup-link.test.ts follows it).
    expect(await popup.locator('#ui').isVisible()).toBe(true);
    await popup.screenshot({ path: `${SHOTS}/popup.png` });
    await popup.close();
    await page.close();
  });

  test('fails closed when the gateway is not running: nothing sent, and it says how to start it', async () => {
    await browser.setSettings({ gatewayUrl: DEAD_GATEWAY });
    try {
      const page = await openChat('dead-closed');
      await typePrompt(page, chatgpt, `Deploy with ${SECRETS.github}`);
      await page.keyboard.press('Enter');
      await expect.poll(() => overlay(page).textContent()).toMatch(/not running.*Open the promptgate app/s);
      await page.screenshot({ path: `${SHOTS}/fail-closed-not-running.png` });
      expect(sendsTo(fixture, chatgpt, 'dead-closed')).toEqual([]);
      expect(await editorText(page)).toContain(SECRETS.github);
      await page.close();
    } finally {
      await browser.setSettings({ gatewayUrl: gateway.gateway.url });
    }
  });

  test('fails open only when the policy says so: the bundled engine redacts, the original never leaves', async () => {
    await browser.setSettings({ gatewayUrl: DEAD_GATEWAY, cachedPolicy: { name: 'e2e policy', version: 7, failMode: 'open', restoreResponses: true } });
    try {
      const page = await openChat('dead-open', claude);
      await typePrompt(page, claude, `Deploy with ${SECRETS.github} tonight`);
      await page.keyboard.press('Enter');
      const sent = await waitForSend(fixture, claude, 'dead-open');
      expect(sent.text).toBe('Deploy with [GITHUB_PAT_1] tonight');
      expect(JSON.stringify(fixture.sends)).not.toContain(SECRETS.github);
      await page.close();
    } finally {
      await browser.setSettings({ gatewayUrl: gateway.gateway.url, cachedPolicy: null });
    }
  });

  test('cancels a held prompt from the overlay: the approval is withdrawn and nothing is sent', async () => {
    const gemini = FIXTURE_SITES.find((site) => site.id === 'gemini')!;
    const page = await openChat('hold-cancel', gemini);
    await typePrompt(page, gemini, 'Project Falcon launch checklist');
    await page.keyboard.press('Enter');
    await page.locator('[data-pg="pending"]').waitFor();
    const cookie = await gateway.uiCookie();
    const pending = async () => (await gateway.request('GET', '/ui/api/approvals', { token: null, headers: { cookie } })).json<{ approvals: unknown[] }>().approvals.length;
    expect(await pending()).toBe(1);
    await page.locator('[data-pg-action="cancel"]').click();
    await expect.poll(pending).toBe(0);
    await expect.poll(() => overlay(page).count()).toBe(0);
    expect(sendsTo(fixture, gemini, 'hold-cancel')).toEqual([]);
    await page.close();
  });

  test('does not attach a dropped file holding a private key, and passes a clean dropped file on', async () => {
    const page = await openChat('drop');
    const drop = (name: string, text: string) =>
      page.evaluate(
        ([fileName, content]) => {
          const data = new DataTransfer();
          data.items.add(new File([content!], fileName!, { type: 'text/plain' }));
          document.querySelector('.composer')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
        },
        [name, text],
      );
    await drop('id_ecdsa.txt', PRIVATE_KEY);
    await expect.poll(() => overlay(page).textContent()).toContain('File not attached');
    await page.locator('[data-pg-action="ok"]').click();
    await drop('notes.txt', `call me, token ${SECRETS.github}`);
    const uploaded = await waitForUpload(fixture, chatgpt, 'drop');
    // A secret in an allowed file is replaced before the site sees the file.
    expect(uploaded).toMatchObject({ name: 'notes.txt', text: 'call me, token [GITHUB_PAT_1]' });
    expect(JSON.stringify(fixture.uploads)).not.toContain('PRIVATE KEY');
    await page.close();
  });
});
