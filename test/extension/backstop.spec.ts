import { expect, test } from './support/extension-test';
import type { Page } from 'playwright-core';
import { FIXTURE_SITES } from './fixtures/sites';
import { SECRETS } from './support/e2e-policy';
import { overlay, overlayButton, sendsTo, typePrompt } from './support/page-actions';
import { waitForSend, waitForUpload } from './support/arrivals';
import { useExtensionRig } from './support/rig';

const rig = useExtensionRig('b');

const site = (id: string) => FIXTURE_SITES.find((s) => s.id === id)!;
const toasts = (page: Page) => page.locator('[data-pg="toast"]');

/** What a person's Ctrl+V delivers: the clipboard as a DataTransfer on a paste event in the composer. */
async function paste(page: Page, selector: string, content: { text?: string; file?: { name: string; text: string } }): Promise<void> {
  await page.evaluate(
    ([target, text, name, fileText]) => {
      const data = new DataTransfer();
      if (text) data.setData('text/plain', text);
      if (name) data.items.add(new File([fileText], name));
      document.querySelector(target)!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
    },
    [selector, content.text ?? '', content.file?.name ?? '', content.file?.text ?? ''] as const,
  );
}

for (const fixtureSite of FIXTURE_SITES) {
  test.describe(`${fixtureSite.id}: a control the composer guard cannot see`, () => {
    test('posts the composer with fetch: the backend gets placeholders only, and the person is told', async () => {
      const { page, id } = await rig.fresh(fixtureSite);
      await typePrompt(page, fixtureSite, `Deploy with ${SECRETS.github} tonight`);
      await page.locator('[data-direct-send="fetch"]').click();
      const sent = await waitForSend(rig.fixture, fixtureSite, id);
      expect(sent.text).toBe('Deploy with [GITHUB_PAT_1] tonight');
      expect(JSON.stringify(sendsTo(rig.fixture, fixtureSite, id))).not.toContain(SECRETS.github);
      await expect.poll(() => toasts(page).textContent()).toContain('Sent with placeholders');
      await page.close();
    });
  });
}

test.describe('the network backstop', () => {
  test('stops personal data an XHR carries until the person chooses, and sends it redacted', async () => {
    const chatgpt = site('chatgpt');
    const { page, id } = await rig.fresh(chatgpt);
    await typePrompt(page, chatgpt, `Write to ${SECRETS.email} about the invoice`);
    await page.locator('[data-direct-send="xhr"]').click();
    await expect.poll(() => overlay(page).getAttribute('data-tone')).toBe('warn');
    expect(await overlay(page).textContent()).not.toContain(SECRETS.email);
    expect(sendsTo(rig.fixture, chatgpt, id)).toEqual([]);
    await overlayButton(page, 'send-redacted').click();
    const sent = await waitForSend(rig.fixture, chatgpt, id);
    expect(sent.text).toMatch(/^Write to \[EMAIL[A-Z_]*_1\] about the invoice$/);
    await page.close();
  });

  test('sends nothing when the person declines, and does not ask again when the site retries', async () => {
    const chatgpt = site('chatgpt');
    const { page, id } = await rig.fresh(chatgpt);
    await typePrompt(page, chatgpt, `Write to ${SECRETS.email} about the invoice`);
    await page.locator('[data-direct-send="xhr"]').click();
    await overlayButton(page, 'edit').click();
    await expect.poll(() => overlay(page).count()).toBe(0);
    await page.locator('[data-direct-send="fetch"]').click();
    // A send through the composer afterwards arrives alone: neither stopped request reached the backend.
    await page.evaluate(() => window.__fixtureEditor!.clear());
    await typePrompt(page, chatgpt, 'Nothing to hide here');
    await page.keyboard.press('Enter');
    await expect.poll(() => sendsTo(rig.fixture, chatgpt, id).map((s) => s.text), { message: 'the clean send' }).toContain('Nothing to hide here');
    expect(sendsTo(rig.fixture, chatgpt, id).map((s) => s.text)).toEqual(['Nothing to hide here']);
    expect(await overlay(page).count()).toBe(0);
    await page.close();
  });

  test('checks a beacon with a Blob body', async () => {
    const copilot = site('copilot');
    const { page, id } = await rig.fresh(copilot);
    await typePrompt(page, copilot, `ci token ${SECRETS.github}`);
    await page.locator('[data-direct-send="beacon"]').click();
    const sent = await waitForSend(rig.fixture, copilot, id);
    expect(sent.text).toBe('ci token [GITHUB_PAT_1]');
    await page.close();
  });

  test('lets what the composer guard approved through untouched (the original, sent with a justification)', async () => {
    const claude = site('claude');
    const { page, id } = await rig.fresh(claude);
    await typePrompt(page, claude, `Write to ${SECRETS.email} about the invoice`);
    await page.keyboard.press('Enter');
    await page.locator('[data-pg="justification"]').fill('the customer asked for a reply');
    await overlayButton(page, 'send-original').click();
    const sent = await waitForSend(rig.fixture, claude, id);
    expect(sent.text).toBe(`Write to ${SECRETS.email} about the invoice`);
    await expect.poll(() => overlay(page).count()).toBe(0);
    await page.close();
  });
});

test.describe('paste and files on every path', () => {
  test('a file pasted from the clipboard is checked like a picked one: the upload holds placeholders', async () => {
    const chatgpt = site('chatgpt');
    const { page, id } = await rig.fresh(chatgpt);
    await page.locator(chatgpt.composer).click();
    await paste(page, chatgpt.composer, { file: { name: '.env', text: `GITHUB_TOKEN=${SECRETS.github}\nREGION=eu-west-1\n` } });
    const upload = await waitForUpload(rig.fixture, chatgpt, id);
    expect(upload).toMatchObject({ name: '.env', text: 'GITHUB_TOKEN=[GITHUB_PAT_1]\nREGION=eu-west-1\n' });
    expect(JSON.stringify(rig.fixture.uploads)).not.toContain(SECRETS.github);
    await expect.poll(() => toasts(page).textContent()).toContain('File redacted before attaching');
    await page.close();
  });

  test('a file dropped on the composer is checked before the site sees it', async () => {
    const mistral = site('mistral');
    const { page, id } = await rig.fresh(mistral);
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'deploy.sh', { type: 'text/x-sh' }));
      document.querySelector('.composer')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true, composed: true }));
    }, `export GITHUB_TOKEN=${SECRETS.github}`);
    const upload = await waitForUpload(rig.fixture, mistral, id);
    expect(upload).toMatchObject({ name: 'deploy.sh', text: 'export GITHUB_TOKEN=[GITHUB_PAT_1]' });
    await page.close();
  });

  test('a file input the site creates and never puts in the page is checked before the upload', async () => {
    const gemini = site('gemini');
    const { page, id } = await rig.fresh(gemini);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('#attach-on-demand').click()]);
    await chooser.setFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from(`deploy key ${SECRETS.github}`) });
    const upload = await waitForUpload(rig.fixture, gemini, id);
    expect(upload).toMatchObject({ name: 'notes.txt', text: 'deploy key [GITHUB_PAT_1]' });
    // The file guard handled it (not only the backstop): the person saw the file redacted as it was attached.
    await expect.poll(() => toasts(page).textContent()).toContain('File redacted before attaching');
    await page.close();
  });

  test('a long paste Claude turns into an attachment card is sent with the placeholders the paste toast promised', async () => {
    const claude = site('claude');
    const { page, id } = await rig.fresh(claude);
    const notes = `Incident notes\nthe leaked token was ${SECRETS.github}\n${'log line: retrying the deploy job after a timeout\n'.repeat(100)}`;
    await page.locator(claude.composer).click();
    await paste(page, claude.composer, { text: notes });
    await page.locator('[data-testid="pasted-content-card"]').waitFor();
    await expect.poll(() => toasts(page).textContent()).toContain('replaced by placeholders when you send');
    await page.keyboard.insertText('Summarise the pasted notes');
    await page.keyboard.press('Enter');
    const sent = await waitForSend(rig.fixture, claude, id);
    expect(sent.text).toBe('Summarise the pasted notes');
    expect(sent.attachments).toEqual([notes.replace(SECRETS.github, '[GITHUB_PAT_1]')]);
    expect(JSON.stringify(sendsTo(rig.fixture, claude, id))).not.toContain(SECRETS.github);
    await page.close();
  });
});
