import { mkdirSync } from 'node:fs';
import { expect, test } from './support/extension-test';
import type { Page } from 'playwright-core';
import { DRIFTED_COMPOSER, type Drift } from './fixtures/drift';
import { FIXTURE_SITES } from './fixtures/sites';
import { SECRETS } from './support/e2e-policy';
import { editorText, openSite, overlay, sendsTo, typePrompt } from './support/page-actions';
import { waitForSend } from './support/arrivals';
import { useExtensionRig } from './support/rig';

const SHOTS = 'test-results/extension';
const chatgpt = FIXTURE_SITES.find((s) => s.id === 'chatgpt')!;
const deepseek = FIXTURE_SITES.find((s) => s.id === 'deepseek')!;

const rig = useExtensionRig('drift');
let counter = 0;
test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

/** The ChatGPT rig.fixture after a markup change the adapter does not know. */
async function openDrifted(drift: Drift): Promise<{ page: Page; id: string }> {
  const id = `drift${++counter}-${drift}`;
  const page = await rig.browser.context.newPage();
  await page.goto(`${rig.fixture.url(chatgpt, id)}?drift=${drift}`);
  await page.locator(drift === 'composer' ? DRIFTED_COMPOSER : chatgpt.composer).waitFor();
  await page.waitForFunction(() => window.__fixtureEditor !== undefined);
  return { page, id };
}

const notice = (page: Page) => page.locator('[data-pg="unrecognised"]');

/** The `site_unrecognised` events the gateway recorded for a control. */
function recorded(control: string) {
  return rig.gateway.gateway.log.searchEvents({ kind: 'notice' }).filter((event) => event.detail['notice'] === 'site_unrecognised' && event.detail['control'] === control);
}

/** The popup's degraded line for the tab whose page could not see `control`. */
async function popupDegradedLine(control: string): Promise<string | null> {
  const degradedTab = async () => {
    const stored = await rig.browser.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.session.get(null),
    );
    return Object.entries(stored)
      .find(([key, value]) => key.startsWith('tabHealth:') && (value as { degraded: string[] }).degraded.includes(control))?.[0]
      .split(':')[1];
  };
  await expect.poll(degradedTab, { message: `a tab marked degraded (${control})` }).toBeDefined();
  const tabId = await degradedTab();
  const popup = await rig.browser.context.newPage();
  await popup.goto(`chrome-extension://${rig.browser.extensionId}/popup.html?tab=${tabId}`);
  await expect.poll(() => popup.locator('#degraded').isVisible()).toBe(true);
  const line = await popup.locator('#degraded').textContent();
  await popup.close();
  return line;
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test.describe('a site whose markup changed', () => {
  test('renamed composer: the page and the popup say so, the gateway records it, and the secret goes out redacted', async () => {
    const { page, id } = await openDrifted('composer');
    await page.locator(DRIFTED_COMPOSER).click();
    await page.keyboard.insertText(`Deploy with ${SECRETS.github} tonight`);
    await page.keyboard.press('Enter');
    const sent = await waitForSend(rig.fixture, chatgpt, id);
    expect(sent.text).toBe('Deploy with [GITHUB_PAT_1] tonight');
    expect(JSON.stringify(rig.fixture.sends)).not.toContain(SECRETS.github);

    await expect.poll(() => notice(page).textContent()).toContain('promptgate cannot see this page\u2019s composer');
    expect(await notice(page).getAttribute('role')).toBe('status');
    expect(await notice(page).getAttribute('aria-live')).toBe('polite');
    const [noticeBox, sendBox] = await Promise.all([notice(page).boundingBox(), page.locator('[data-testid="send-button"]').boundingBox()]);
    expect(overlaps(noticeBox!, sendBox!)).toBe(false);
    await page.screenshot({ path: `${SHOTS}/chatgpt-drift-composer.png` });

    await expect.poll(() => recorded('composer').length, { message: 'the site_unrecognised event' }).toBeGreaterThan(0);
    const [event, ...more] = recorded('composer');
    expect(more).toEqual([]);
    expect(event).toMatchObject({ source: 'chatgpt.com', detail: { site: 'chatgpt.com', control: 'composer', extensionVersion: expect.stringMatching(/^\d+\.\d+\.\d+/) } });
    expect(event!.detail['selectors']).toContain('#prompt-textarea[contenteditable="true"]');
    expect(await popupDegradedLine('composer')).toMatch(/Protection is degraded on this tab.*chat box/);
    await page.close();
  });

  test('renamed composer: a prompt policy blocks is not sent at all', async () => {
    const { page, id } = await openDrifted('composer');
    await page.locator(DRIFTED_COMPOSER).click();
    await page.keyboard.insertText('Summarise the Operation Nightjar timeline');
    await page.keyboard.press('Enter');
    await expect.poll(() => overlay(page).getAttribute('data-tone')).toBe('block');
    expect(await editorText(page)).toBe('Summarise the Operation Nightjar timeline');
    expect(sendsTo(rig.fixture, chatgpt, id)).toEqual([]);
    await page.close();
  });

  test('renamed send button: clicking it sends the redacted text, the page says so, and the gateway records it once', async () => {
    const { page, id } = await openDrifted('send');
    await typePrompt(page, chatgpt, `Deploy with ${SECRETS.github} tonight`);
    await page.locator('[data-fixture-send]').click();
    const sent = await waitForSend(rig.fixture, chatgpt, id);
    expect(sent.text).toBe('Deploy with [GITHUB_PAT_1] tonight');
    expect(sendsTo(rig.fixture, chatgpt, id)).toHaveLength(1);
    expect(JSON.stringify(rig.fixture.sends)).not.toContain(SECRETS.github);

    await expect.poll(() => notice(page).textContent()).toContain('promptgate cannot see this page\u2019s send button');
    await expect.poll(() => recorded('send-button').length, { message: 'the site_unrecognised event' }).toBeGreaterThan(0);
    const [event, ...more] = recorded('send-button');
    expect(more).toEqual([]);
    expect(event).toMatchObject({ source: 'chatgpt.com', detail: { control: 'send-button', selectors: expect.arrayContaining(['button[data-testid="send-button"]']) } });
    expect(await popupDegradedLine('send-button')).toMatch(/send button/);

    // A second page with the same drift in the window: the page says so again, the log does not.
    const second = await openDrifted('send');
    await typePrompt(second.page, chatgpt, 'Just a question');
    await second.page.locator('[data-fixture-send]').click();
    await waitForSend(rig.fixture, chatgpt, second.id);
    await expect.poll(() => notice(second.page).textContent()).toContain('send button');
    expect(recorded('send-button')).toHaveLength(1);
    await second.page.close();
    await page.close();
  });
});

test.describe('controls that look like send and are not', () => {
  test('ChatGPT: Stop stops the reply without an overlay, and the draft stays unsent', async () => {
    const id = `stop${++counter}`;
    const page = await rig.browser.context.newPage();
    await openSite(page, rig.fixture, chatgpt, id);
    await typePrompt(page, chatgpt, 'Please keep talking about deployments');
    await page.keyboard.press('Enter');
    await waitForSend(rig.fixture, chatgpt, id);
    const stop = page.locator('#composer-submit-button[data-testid="stop-button"]');
    await stop.waitFor();
    await typePrompt(page, chatgpt, `Next: ${SECRETS.github}`);
    await stop.click();
    await expect.poll(() => page.locator(`#thread ${chatgpt.reply.tag}`).last().getAttribute('data-stopped')).toBe('true');
    await page.locator('#composer-submit-button[data-testid="send-button"]').waitFor();
    expect(await overlay(page).count()).toBe(0);
    expect(await editorText(page)).toBe(`Next: ${SECRETS.github}`);
    expect(sendsTo(rig.fixture, chatgpt, id).map((s) => s.text)).toEqual(['Please keep talking about deployments']);
    await page.close();
  });

  test('DeepSeek: DeepThink and the icon buttons work without sending the draft; Enter then sends it redacted', async () => {
    const id = `think${++counter}`;
    const page = await rig.browser.context.newPage();
    await openSite(page, rig.fixture, deepseek, id);
    await typePrompt(page, deepseek, `Draft with ${SECRETS.github}`);
    const deepThink = page.locator('.ds-toggle-button', { hasText: 'DeepThink' });
    await deepThink.click();
    expect(await deepThink.getAttribute('aria-pressed')).toBe('true');
    await page.locator('.ds-icon-button').click();
    expect(await overlay(page).count()).toBe(0);
    expect(await editorText(page)).toBe(`Draft with ${SECRETS.github}`);
    await page.locator(deepseek.composer).click();
    await page.keyboard.press('Enter');
    const sent = await waitForSend(rig.fixture, deepseek, id);
    expect(sendsTo(rig.fixture, deepseek, id).map((s) => s.text)).toEqual(['Draft with [GITHUB_PAT_1]']);
    expect(sent.text).not.toContain(SECRETS.github);
    expect(await notice(page).count()).toBe(0);
    await page.close();
  });
});
