import { expect, test } from './support/extension-test';
import type { Page } from 'playwright-core';
import { FIXTURE_SITES, type FixtureSite } from './fixtures/sites';
import { SECRETS } from './support/e2e-policy';
import { editorText, overlay, sendsTo, typePrompt } from './support/page-actions';
import { useExtensionRig } from './support/rig';

const rig = useExtensionRig('alike');
const SITES = FIXTURE_SITES.filter((site) => site.id === 'mistral' || site.id === 'copilot');

const notice = (page: Page) => page.locator('[data-pg="unrecognised"]');
const texts = (site: FixtureSite, id: string) => sendsTo(rig.fixture, site, id).map((s) => s.text);
/** Waits for the send whose text ends as given, then hands back everything the backend got for the conversation. */
async function sendsUpTo(site: FixtureSite, id: string, ending: string): Promise<string[]> {
  await expect.poll(() => texts(site, id).some((t) => t.endsWith(ending)), { message: `a send ending "${ending}" on ${site.id}` }).toBe(true);
  return texts(site, id);
}

/** Clicks each control that looks like send and is not, and checks it did its own thing. */
async function clickLookAlikes(page: Page, site: FixtureSite): Promise<void> {
  for (const selector of site.lookAlikes ?? []) {
    const control = page.locator(selector);
    const pressed = await control.getAttribute('aria-pressed');
    await control.click();
    if (pressed !== null) expect(await control.getAttribute('aria-pressed'), selector).toBe(String(pressed !== 'true'));
  }
}

/** Puts the caret at the end of the draft and types more, as a person finishing the prompt would. */
async function typeMore(page: Page, site: FixtureSite, more: string): Promise<void> {
  await page.locator(site.composer).focus();
  await page.keyboard.press('End');
  await page.keyboard.insertText(more);
}

for (const site of SITES) {
  test.describe(`${site.id}: controls that look like send and are not`, () => {
    test('while a reply streams, the toggles and icon buttons leave the draft alone and Stop stops; the draft goes out redacted on Enter', async () => {
      expect(site.lookAlikes?.length).toBeGreaterThan(0);
      const { page, id } = await rig.fresh(site);
      await typePrompt(page, site, 'Please keep talking about deployments');
      await page.keyboard.press('Enter');
      await sendsUpTo(site, id, 'deployments');
      const stop = page.locator(site.stop!.selector);
      await stop.waitFor();

      await typePrompt(page, site, `Next: ${SECRETS.github}`);
      await clickLookAlikes(page, site);
      // Stop must stop the reply. A click can be lost to the page re-rendering under it (in CI, one run in several),
      // so a Stop click that did not land is made again; what this test guards is that no click on Stop ever sends the
      // draft or opens the overlay, which the lines after check.
      const reply = page.locator(`#thread ${site.reply.tag}`).last();
      await expect
        .poll(async () => {
          if ((await reply.getAttribute('data-stopped')) !== 'true') await stop.click();
          return reply.getAttribute('data-stopped');
        })
        .toBe('true');
      expect(await overlay(page).count()).toBe(0);
      expect(await editorText(page)).toBe(`Next: ${SECRETS.github}`);

      // Had a look-alike sent the draft, the backend would hold it and then the words typed after it on their own.
      await typeMore(page, site, ' and deploy');
      await page.keyboard.press('Enter');
      expect(await sendsUpTo(site, id, 'deploy')).toEqual(['Please keep talking about deployments', 'Next: [GITHUB_PAT_1] and deploy']);
      expect(JSON.stringify(rig.fixture.sends)).not.toContain(SECRETS.github);
      expect(await notice(page).count()).toBe(0);
      await page.close();
    });

    test('beside an idle composer, the toggles and icon buttons leave the draft alone; the send button sends it redacted', async () => {
      const { page, id } = await rig.fresh(site);
      await typePrompt(page, site, `Draft with ${SECRETS.github}`);
      await clickLookAlikes(page, site);
      expect(await overlay(page).count()).toBe(0);
      expect(await editorText(page)).toBe(`Draft with ${SECRETS.github}`);
      await typeMore(page, site, ' tonight');
      await page.locator('button[aria-label="Send question"], button[data-testid="submit-button"]').click();
      expect(await sendsUpTo(site, id, 'tonight')).toEqual(['Draft with [GITHUB_PAT_1] tonight']);
      expect(JSON.stringify(rig.fixture.sends)).not.toContain(SECRETS.github);
      expect(await notice(page).count()).toBe(0);
      await page.close();
    });
  });
}
