import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from './support/extension-test';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { DRIFTED_COMPOSER } from './fixtures/drift';
import { FIXTURE_SITES, SEND_CONTROL } from './fixtures/sites';
import { SECRETS } from './support/e2e-policy';
import { overlay, overlayButton, sendsTo, typePrompt } from './support/page-actions';
import { waitForSend } from './support/arrivals';
import { useExtensionRig } from './support/rig';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** Nothing listens here: a gateway that is not running. */
const DEAD_GATEWAY = 'http://127.0.0.1:9';
const PRIVATE_KEY = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const site = (id: string) => FIXTURE_SITES.find((s) => s.id === id)!;
const chatgpt = site('chatgpt');

const SHOTS = 'test-results/extension';
const rig = useExtensionRig('a11y');
test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

interface AxeWindow {
  axe: { run(context: ElementContext, options: RunOptions): Promise<AxeResults> };
}

/**
 * axe-core run in the page on one of promptgate's shadow hosts (axe walks open shadow roots). Gives the
 * serious and critical violations, and which rules found something to check, so an empty list means
 * the overlay was looked at, not missed.
 *
 * promptgate's hosts hang on <html>, out of reach of the site's body; axe cannot work out the background of
 * anything outside <body> ("unable to determine contrast"), so the host sits in <body> while axe runs. Its
 * styles are all in its shadow root and it is fixed to the viewport, so it draws the same there.
 */
async function axeOn(page: Page, host: string): Promise<{ serious: string[]; checked: string[] }> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (selector) => {
    const element = document.querySelector(selector)!;
    document.body.append(element);
    let results: AxeResults;
    try {
      results = await (window as unknown as AxeWindow).axe.run({ include: [selector] }, { resultTypes: ['violations', 'passes'] });
    } finally {
      document.documentElement.append(element);
    }
    return {
      serious: results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.failureSummary ?? '').join(' | ')}`),
      checked: results.passes.filter((pass) => pass.nodes.length > 0).map((pass) => pass.id),
    };
  }, host);
}

async function expectAccessible(page: Page, host: string, rules: string[]): Promise<void> {
  const { serious, checked } = await axeOn(page, host);
  expect(serious).toEqual([]);
  expect(checked).toEqual(expect.arrayContaining(['color-contrast', ...rules]));
}

const dialog = (page: Page, name: string) => page.getByRole('dialog', { name, exact: true });

/** What has focus, named by its promptgate marker, or `page:<tag>` when it is outside the overlay. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    if (active?.tagName !== 'PROMPTGATE-OVERLAY') return `page:${active?.id || active?.tagName.toLowerCase()}`;
    const inner = active.shadowRoot?.activeElement;
    return inner?.getAttribute('data-pg-action') ?? inner?.getAttribute('data-pg') ?? inner?.tagName.toLowerCase() ?? 'overlay';
  });

/** The text the dialog's aria-describedby points at. */
const description = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('promptgate-overlay')!.shadowRoot!;
    const ids = root.querySelector('[role="dialog"]')!.getAttribute('aria-describedby') ?? '';
    return ids
      .split(' ')
      .map((id) => root.getElementById(id)?.textContent ?? '')
      .join(' ');
  });

function overlaps(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test.describe('the warn dialog', () => {
  test('is named, shows what will be sent, passes axe, keeps Tab inside, and Escape from the reason box closes it without sending', async () => {
    const { page, id } = await rig.fresh(chatgpt);
    await typePrompt(page, chatgpt, `Write to ${SECRETS.email} about the invoice`);
    await page.keyboard.press('Enter');
    await dialog(page, 'promptgate This prompt contains sensitive data').waitFor();
    expect(await overlay(page).getAttribute('aria-modal')).toBe('true');
    expect(await description(page)).toContain('replaced by placeholders');
    expect(await page.locator('[data-pg="sent-preview"]').textContent()).toMatch(/^Write to \[EMAIL[A-Z_]*_1\] about the invoice$/);
    expect(await overlay(page).textContent()).not.toContain(SECRETS.email);

    await page.screenshot({ path: `${SHOTS}/a11y-warn.png` });

    // Focus moved in, on the default choice; Tab goes round inside, past the disabled "Send original".
    expect(await focused(page)).toBe('send-redacted');
    const forward: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      forward.push(await focused(page));
    }
    expect(forward).toEqual(['sent-preview', 'justification', 'edit', 'send-redacted']);
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('edit');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('send-redacted');

    await expectAccessible(page, 'promptgate-overlay', ['aria-dialog-name', 'button-name', 'label']);

    // A site that takes focus while the dialog is open does not get to keep it.
    await page.evaluate((selector) => document.querySelector<HTMLElement>(selector)!.focus(), chatgpt.composer);
    expect(await focused(page)).not.toMatch(/^page:/);

    await page.locator('[data-pg="justification"]').fill('half a reason');
    await page.locator('[data-pg="justification"]').press('Escape');
    await expect.poll(() => overlay(page).count()).toBe(0);
    expect(await page.evaluate((selector) => document.activeElement === document.querySelector(selector), chatgpt.composer)).toBe(true);
    expect(sendsTo(rig.fixture, chatgpt, id)).toEqual([]);
    await page.close();
  });

  test('says why "Send original" is not offered when promptgate cannot be reached (fail-open policy)', async () => {
    await rig.browser.setSettings({ gatewayUrl: DEAD_GATEWAY, cachedPolicy: { name: 'e2e policy', version: 7, failMode: 'open', restoreResponses: true } });
    try {
      const { page } = await rig.fresh(chatgpt);
      await typePrompt(page, chatgpt, `Write to ${SECRETS.email} about the invoice`);
      await page.keyboard.press('Enter');
      await dialog(page, 'promptgate This prompt contains sensitive data').waitFor();
      expect(await overlayButton(page, 'send-original').count()).toBe(0);
      expect(await description(page)).toMatch(/Sending the original is not offered now: promptgate on this computer cannot be reached/);
      expect(await page.locator('[data-pg="sent-preview"]').textContent()).toMatch(/^Write to \[EMAIL[A-Z_]*_1\] about the invoice$/);
      await expectAccessible(page, 'promptgate-overlay', ['aria-dialog-name']);
      await page.close();
    } finally {
      await rig.browser.setSettings({ gatewayUrl: rig.gateway.gateway.url, cachedPolicy: null });
    }
  });

  test('on a body the page sends by itself: named, passes axe', async () => {
    const { page, id } = await rig.fresh(chatgpt);
    await typePrompt(page, chatgpt, `Write to ${SECRETS.email} about the invoice`);
    await page.locator('[data-direct-send="xhr"]').click();
    await dialog(page, 'promptgate This page is sending sensitive data').waitFor();
    await expectAccessible(page, 'promptgate-overlay', ['aria-dialog-name']);
    expect(sendsTo(rig.fixture, chatgpt, id)).toEqual([]);
    await page.close();
  });
});

test.describe('a file that is not attached', () => {
  test('Escape with focus nowhere closes the dialog, and focus goes back to the composer it came from', async () => {
    const { page } = await rig.fresh(chatgpt);
    await page.locator(chatgpt.composer).focus();
    await page.locator('#upload').setInputFiles({ name: 'deploy.pem', mimeType: 'application/x-pem-file', buffer: Buffer.from(PRIVATE_KEY) });
    await dialog(page, 'promptgate File not attached').waitFor();
    expect(await focused(page)).toBe('ok');
    await expectAccessible(page, 'promptgate-overlay', ['aria-dialog-name']);
    // The check above moved the dialog and back, which drops focus: focus is nowhere, as after a stray click.
    expect(await focused(page)).toBe('page:body');
    await page.keyboard.press('Escape');
    await expect.poll(() => overlay(page).count()).toBe(0);
    expect(await page.evaluate((selector) => document.activeElement === document.querySelector(selector), chatgpt.composer)).toBe(true);
    await page.close();
  });
});

test.describe('the hold dialog', () => {
  test('says who approves and where, passes axe, and other tabs keep working while it waits; Escape withdraws it', async () => {
    const { page, id } = await rig.fresh(chatgpt);
    await typePrompt(page, chatgpt, 'Project Falcon ships on Friday');
    await page.keyboard.press('Enter');
    await dialog(page, 'promptgate Waiting for approval').waitFor();
    await page.locator('[data-pg="pending"]').waitFor();
    expect(await description(page)).toMatch(/Who approves: someone at this computer, on the Approvals page of the promptgate window/);
    expect(await description(page)).toMatch(/Only this tab waits/);
    await page.screenshot({ path: `${SHOTS}/a11y-hold.png` });
    await expectAccessible(page, 'promptgate-overlay', ['aria-dialog-name']);

    // Another tab sends while this one waits for its approver.
    const claude = site('claude');
    const other = await rig.fresh(claude);
    await typePrompt(other.page, claude, `Deploy with ${SECRETS.github} tonight`);
    await other.page.keyboard.press('Enter');
    expect((await waitForSend(rig.fixture, claude, other.id)).text).toBe('Deploy with [GITHUB_PAT_1] tonight');
    await other.page.close();

    await page.bringToFront();
    expect(await overlay(page).getAttribute('data-tone')).toBe('hold');
    const cookie = await rig.gateway.uiCookie();
    const pending = async () =>
      (await rig.gateway.request('GET', '/ui/api/approvals', { token: null, headers: { cookie } }))
        .json<{ approvals: Array<{ status?: string }> }>()
        .approvals.filter((a) => !a.status || a.status === 'pending').length;
    expect(await pending()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => overlay(page).count()).toBe(0);
    await expect.poll(pending).toBe(0);
    expect(sendsTo(rig.fixture, chatgpt, id)).toEqual([]);
    await page.close();
  });
});

test.describe('the block and cannot-check dialogs', () => {
  test('block: named, passes axe', async () => {
    const { page } = await rig.fresh(chatgpt);
    await typePrompt(page, chatgpt, 'Summarise the Operation Nightjar timeline');
    await page.keyboard.press('Enter');
    await dialog(page, 'promptgate This prompt was not sent').waitFor();
    await expectAccessible(page, 'promptgate-overlay', ['aria-dialog-name']);
    await page.close();
  });

  test('promptgate not running: says what to do in an employee\u2019s words, passes axe', async () => {
    await rig.browser.setSettings({ gatewayUrl: DEAD_GATEWAY });
    try {
      const { page } = await rig.fresh(chatgpt);
      await typePrompt(page, chatgpt, `Deploy with ${SECRETS.github}`);
      await page.keyboard.press('Enter');
      await dialog(page, 'promptgate Not sent: promptgate could not check this prompt').waitFor();
      const text = await description(page);
      expect(text).toMatch(/Open the promptgate app.*ask IT/);
      expect(text).not.toMatch(/npm|`|gateway/);
      await expectAccessible(page, 'promptgate-overlay', ['aria-dialog-name']);
      await page.close();
    } finally {
      await rig.browser.setSettings({ gatewayUrl: rig.gateway.gateway.url });
    }
  });
});

/** A paste that makes promptgate show a toast. */
async function pasteSecret(page: Page, composer: string): Promise<void> {
  await page.locator(composer).click();
  await page.evaluate(
    ([selector, text]) => {
      const data = new DataTransfer();
      data.setData('text/plain', text!);
      document.querySelector(selector!)!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [composer, `token ${SECRETS.github}`],
  );
}

async function toastCoversSend(page: Page): Promise<boolean> {
  const [toastBox, sendBox] = await Promise.all([page.locator('[data-pg="toast"]').boundingBox(), page.locator(SEND_CONTROL).first().boundingBox()]);
  return overlaps(toastBox!, sendBox!);
}

for (const fixtureSite of FIXTURE_SITES) {
  test.describe(`${fixtureSite.id}: toasts`, () => {
    test('are announced politely, pass axe, and do not cover the send button of a composer at the bottom, as on the real site', async () => {
      const { page } = await rig.fresh(fixtureSite);
      await page.addStyleTag({ content: '.composer { position: fixed; left: 24px; right: 24px; bottom: 12px; }' });
      await pasteSecret(page, fixtureSite.composer);
      const message = page.locator('[data-pg="toast"] [role="status"]');
      await expect.poll(() => message.textContent()).toContain('Pasted text contains sensitive data');
      expect(await message.getAttribute('aria-live')).toBe('polite');
      expect(await toastCoversSend(page)).toBe(false);
      await page.screenshot({ path: `${SHOTS}/a11y-${fixtureSite.id}-toast.png` });
      await expectAccessible(page, 'promptgate-toasts', ['button-name']);
      await page.close();
    });
  });
}

test.describe('a toast on a page whose composer is at the top', () => {
  test('does not cover the send button, and moves when the composer does', async () => {
    const { page } = await rig.fresh(chatgpt);
    await pasteSecret(page, chatgpt.composer);
    await expect.poll(() => page.locator('[data-pg="toast"]').textContent()).toContain('Pasted text contains sensitive data');
    expect(await toastCoversSend(page)).toBe(false);
    // The chat grows and the composer ends up at the bottom right, under where the toast is now.
    const toastBox = (await page.locator('[data-pg="toast"]').boundingBox())!;
    await page.addStyleTag({ content: `.composer { position: fixed; right: 0; width: 600px; top: ${Math.round(toastBox.y)}px; }` });
    await expect.poll(() => toastCoversSend(page)).toBe(false);
    await page.close();
  });
});

test.describe('the "cannot see this page\u2019s composer" notice', () => {
  test('is a polite status, passes axe, and does not cover the send button', async () => {
    const page = await rig.browser.context.newPage();
    await page.goto(`${rig.fixture.url(chatgpt, 'a11y-drift')}?drift=composer`);
    await page.locator(DRIFTED_COMPOSER).click();
    await page.keyboard.insertText('Just a question');
    await page.keyboard.press('Enter');
    const notice = page.locator('[data-pg="unrecognised"]');
    await expect.poll(() => notice.textContent()).toContain('promptgate cannot see this page\u2019s composer');
    expect(await notice.getAttribute('role')).toBe('status');
    expect(await notice.getAttribute('aria-live')).toBe('polite');
    const [noticeBox, sendBox] = await Promise.all([notice.boundingBox(), page.locator('[data-testid="send-button"]').boundingBox()]);
    expect(overlaps(noticeBox!, sendBox!)).toBe(false);
    await expectAccessible(page, 'promptgate-toasts', ['button-name']);
    await page.close();
  });
});
