import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { expect, test } from './support/extension-test';
import type { Page } from 'playwright-core';
import { FIXTURE_SITES } from './fixtures/sites';
import { channelProbe, probeChannel } from './support/channel-probe';
import { decidePending } from './support/approvals';
import { waitForSend, waitForUpload } from './support/arrivals';
import { SECRETS } from './support/e2e-policy';
import { useExtensionRig } from './support/rig';
import { editorText, overlay, overlayButton, sendsTo, typePrompt, uploadsTo } from './support/page-actions';

const SHOTS = 'test-results/extension';
const PRIVATE_KEY = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const rig = useExtensionRig('t');
test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png` });

for (const site of FIXTURE_SITES) {
  test.describe(`${site.id}`, () => {
    test('sends a secret redacted; the backend never sees it, and the reply shows the real value again', async () => {
      const { page, id } = await rig.fresh(site);
      await typePrompt(page, site, `Deploy with ${SECRETS.github} tonight`);
      await page.keyboard.press('Enter');
      const sent = await waitForSend(rig.fixture, site, id);
      expect(sent.text).toBe('Deploy with [GITHUB_PAT_1] tonight');
      expect(JSON.stringify(rig.fixture.sends)).not.toContain(SECRETS.github);
      // The fixture's reply names the placeholder; the page shows the original, restored locally.
      const reply = page.locator(`#thread ${site.reply.tag}`).last();
      await expect.poll(() => reply.textContent()).toContain(SECRETS.github);
      expect(await reply.textContent()).not.toContain('[GITHUB_PAT_1]');
      await page.close();
    });

    test('keeps the lines of a multi-line prompt when it redacts', async () => {
      const { page, id } = await rig.fresh(site);
      await typePrompt(page, site, 'First line');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.insertText(`then use ${SECRETS.github} here`);
      await page.keyboard.press('Enter');
      const sent = await waitForSend(rig.fixture, site, id);
      // Lexical's model joins paragraphs with a blank line, the others with one newline: the lines are what counts.
      expect(sent.text.split(/\n+/)).toEqual(['First line', 'then use [GITHUB_PAT_1] here']);
      await page.close();
    });

    test('blocks a prompt policy forbids, says which rule, and sends nothing', async () => {
      const { page, id } = await rig.fresh(site);
      await typePrompt(page, site, 'Summarise the Operation Nightjar timeline');
      await page.keyboard.press('Enter');
      await expect.poll(() => overlay(page).getAttribute('data-tone')).toBe('block');
      expect(await overlay(page).textContent()).toContain('Operation Nightjar');
      await shot(page, `${site.id}-block`);
      await overlayButton(page, 'edit').click();
      await expect.poll(() => overlay(page).count()).toBe(0);
      expect(await editorText(page)).toContain('Operation Nightjar');
      expect(sendsTo(rig.fixture, site, id)).toEqual([]);
      await page.close();
    });

    test('warns about PII and sends the redacted text by default', async () => {
      const { page, id } = await rig.fresh(site);
      await typePrompt(page, site, `Write to ${SECRETS.email} about the invoice`);
      await page.keyboard.press('Enter');
      await expect.poll(() => overlay(page).getAttribute('data-tone')).toBe('warn');
      expect(await overlay(page).textContent()).not.toContain(SECRETS.email);
      await shot(page, `${site.id}-warn`);
      await overlayButton(page, 'send-redacted').click();
      const sent = await waitForSend(rig.fixture, site, id);
      expect(sent.text).toMatch(/^Write to \[EMAIL[A-Z_]*_1\] about the invoice$/);
      expect(JSON.stringify(sendsTo(rig.fixture, site, id))).not.toContain(SECRETS.email);
      await page.close();
    });

    test('warns, and sends the original only with a justification', async () => {
      const { page, id } = await rig.fresh(site);
      await typePrompt(page, site, `Write to ${SECRETS.email} about the invoice`);
      await page.keyboard.press('Enter');
      await overlayButton(page, 'send-original').waitFor();
      expect(await overlayButton(page, 'send-original').isDisabled()).toBe(true);
      await page.locator('[data-pg="justification"]').fill('the customer asked for a reply');
      await overlayButton(page, 'send-original').click();
      const sent = await waitForSend(rig.fixture, site, id);
      expect(sent.text).toBe(`Write to ${SECRETS.email} about the invoice`);
      await page.close();
    });

    test('holds for approval, shows it pending, and sends once approved', async () => {
      const { page, id } = await rig.fresh(site);
      await typePrompt(page, site, 'Project Falcon ships on Friday');
      await page.keyboard.press('Enter');
      await expect.poll(() => overlay(page).getAttribute('data-tone')).toBe('hold');
      await page.locator('[data-pg="pending"]').waitFor();
      await shot(page, `${site.id}-hold`);
      expect(sendsTo(rig.fixture, site, id)).toEqual([]);
      await decidePending(rig.gateway, 'approve', 'launch is public');
      const sent = await waitForSend(rig.fixture, site, id);
      expect(sent.text).toBe('Project Falcon ships on Friday');
      await expect.poll(() => overlay(page).count()).toBe(0);
      await page.close();
    });

    test('holds for approval and sends nothing when denied, saying why', async () => {
      const { page, id } = await rig.fresh(site);
      await typePrompt(page, site, 'Project Falcon budget details');
      await page.keyboard.press('Enter');
      await page.locator('[data-pg="pending"]').waitFor();
      await decidePending(rig.gateway, 'deny', 'not public yet');
      await expect.poll(() => overlay(page).textContent()).toContain('not public yet');
      await shot(page, `${site.id}-denied`);
      await overlayButton(page, 'edit').click();
      await expect.poll(() => overlay(page).count()).toBe(0);
      expect(sendsTo(rig.fixture, site, id)).toEqual([]);
      await page.close();
    });

    test('fails closed when the gateway does not know this browser: nothing is sent, and it says how to pair', async () => {
      const { page, id } = await rig.fresh(site);
      await rig.browser.setSettings({ token: 'not-a-real-token' });
      try {
        await typePrompt(page, site, `Deploy with ${SECRETS.github}`);
        await page.keyboard.press('Enter');
        await expect.poll(() => overlay(page).getAttribute('data-tone')).toBe('error');
        expect(await overlay(page).textContent()).toMatch(/not paired/);
        await shot(page, `${site.id}-fail-closed`);
        expect(sendsTo(rig.fixture, site, id)).toEqual([]);
        expect(await editorText(page)).toContain(SECRETS.github);
      } finally {
        await rig.browser.setSettings({ token: rig.gateway.extensionToken });
      }
      await page.close();
    });

    test('flags a pasted secret before Enter', async () => {
      const { page } = await rig.fresh(site);
      await page.locator(site.composer).click();
      await page.evaluate(
        ([selector, text]) => {
          const data = new DataTransfer();
          data.setData('text/plain', text!);
          document.querySelector(selector!)!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        },
        [site.composer, `token ${SECRETS.github}`],
      );
      const toast = page.locator('[data-pg="toast"]');
      await expect.poll(() => toast.textContent()).toContain('Pasted text contains sensitive data');
      expect(await toast.textContent()).not.toContain(SECRETS.github);
      await shot(page, `${site.id}-paste`);
      await page.close();
    });

    test('does not attach a file holding a private key, and attaches a clean one', async () => {
      const { page, id } = await rig.fresh(site);
      await page.locator('#upload').setInputFiles({ name: 'deploy.pem', mimeType: 'application/x-pem-file', buffer: Buffer.from(PRIVATE_KEY) });
      await expect.poll(() => overlay(page).textContent()).toContain('File not attached');
      await shot(page, `${site.id}-file`);
      await overlayButton(page, 'ok').click();
      await page.locator('#upload').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('meeting notes, nothing secret') });
      await waitForUpload(rig.fixture, site, id);
      expect(uploadsTo(rig.fixture, site, id).map((u) => u.name)).toEqual(['notes.txt']);
      expect(JSON.stringify(rig.fixture.uploads)).not.toContain('PRIVATE KEY');
      await page.close();
    });
  });
}

test.describe('the background\u2019s way to the gateway', () => {
  const site = FIXTURE_SITES[0]!;

  /** A new token for the same gateway makes the background open a new channel, which the probe then sees. */
  async function newChannel(refuse: boolean): Promise<void> {
    await probeChannel(rig.browser.worker, { refuse });
    await rig.browser.setSettings({ token: rig.gateway.gateway.auth.tokens.create('extension', `channel test ${String(refuse)}`) });
  }

  test('inspects over the persistent channel once it is open, and the backend gets the redacted prompt', async () => {
    await newChannel(false);
    const { page, id } = await rig.fresh(site);
    // Typing opens the channel ahead of the Enter.
    await typePrompt(page, site, `Deploy with ${SECRETS.github} tonight`);
    await expect.poll(async () => (await channelProbe(rig.browser.worker)).ready).toBe(true);
    await page.keyboard.press('Enter');
    expect((await waitForSend(rig.fixture, site, id)).text).toBe('Deploy with [GITHUB_PAT_1] tonight');
    expect(await channelProbe(rig.browser.worker)).toMatchObject({ inspectsOverChannel: 1, inspectsOverHttp: 0 });
    await page.close();
  });

  test('goes over HTTP when the gateway refuses the channel: the prompt is still checked and redacted', async () => {
    await newChannel(true);
    const { page, id } = await rig.fresh(site);
    await typePrompt(page, site, `Deploy with ${SECRETS.github} tonight`);
    await expect.poll(async () => (await channelProbe(rig.browser.worker)).closed).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    expect((await waitForSend(rig.fixture, site, id)).text).toBe('Deploy with [GITHUB_PAT_1] tonight');
    expect(await channelProbe(rig.browser.worker)).toMatchObject({ ready: false, inspectsOverChannel: 0, inspectsOverHttp: 1 });
    expect(JSON.stringify(rig.fixture.sends)).not.toContain(SECRETS.github);
    await page.close();
  });
});
