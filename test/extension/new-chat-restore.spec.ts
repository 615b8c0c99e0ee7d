import { expect, test } from './support/extension-test';
import type { Page } from 'playwright-core';
import { type Received } from './fixtures/server';
import { FIXTURE_SITES, type FixtureSite } from './fixtures/sites';
import { openSite, typePrompt } from './support/page-actions';
import { useExtensionRig } from './support/rig';

/** Two different AWS access key ids: before the fix the second one was shown in the first prompt's reply. */
const FIRST_KEY = 'AKIAZ3MRT7QW5PXK2NVB';
const SECOND_KEY = 'AKIAQ7HXN4WD2KRT6MZC';

const rig = useExtensionRig('new');

/** The site's new-chat page: no conversation id in the URL until the first prompt is sent. */
async function openNewChat(site: FixtureSite): Promise<Page> {
  const page = await rig.browser.context.newPage();
  await page.goto(`https://${site.host}/`);
  await page.locator(site.composer).waitFor();
  await page.waitForFunction(() => window.__fixtureEditor !== undefined);
  return page;
}

async function send(page: Page, site: FixtureSite, text: string): Promise<Received> {
  const before = rig.fixture.sends.filter((s) => s.site === site.id).length;
  await typePrompt(page, site, text);
  await page.keyboard.press('Enter');
  const sends = () => rig.fixture.sends.filter((s) => s.site === site.id);
  await expect.poll(() => sends().length, { message: `send ${before + 1} on ${site.id}` }).toBeGreaterThan(before);
  return sends()[before]!;
}

/** The assistant's replies, in order (the person's own messages are the `.user` ones). */
const replies = (page: Page) => page.locator('#thread > :not(.user)');

for (const site of FIXTURE_SITES) {
  test.describe(`${site.id}`, () => {
    test('restores each reply of a new chat with its own prompt\u2019s value, and numbers the whole chat as one', async () => {
      const page = await openNewChat(site);
      const first = await send(page, site, `Rotate ${FIRST_KEY} first`);
      expect(first.text).toBe('Rotate [AWS_ACCESS_KEY_ID_1] first');
      await expect.poll(() => new URL(page.url()).pathname).toBe(first.path);
      await expect.poll(() => replies(page).first().textContent()).toContain(FIRST_KEY);

      const second = await send(page, site, `Then rotate ${SECOND_KEY}`);
      expect(second).toMatchObject({ path: first.path, text: 'Then rotate [AWS_ACCESS_KEY_ID_2]' });
      await expect.poll(() => replies(page).nth(1).textContent()).toContain(SECOND_KEY);
      expect(await replies(page).first().textContent()).toBe(`Noted. I will rotate ${FIRST_KEY} before the release.`);
      expect(JSON.stringify(rig.fixture.sends)).not.toMatch(/AKIA[A-Z0-9]{16}/);

      // The chat opened again later (its id in the URL from the start) goes on with the same numbers.
      await page.reload();
      await page.waitForFunction(() => window.__fixtureEditor !== undefined);
      const third = await send(page, site, `Both: ${SECOND_KEY} and ${FIRST_KEY}`);
      expect(third).toMatchObject({ path: first.path, text: 'Both: [AWS_ACCESS_KEY_ID_2] and [AWS_ACCESS_KEY_ID_1]' });
      await expect.poll(() => replies(page).first().textContent()).toBe(`Noted. I will rotate ${SECOND_KEY} and ${FIRST_KEY} before the release.`);
      await page.close();
    });
  });
}

test.describe('a chat the person opens from the new-chat page', () => {
  test('never shows the new chat\u2019s values in an older chat\u2019s replies', async () => {
    const site = FIXTURE_SITES[0]!;
    // An older chat whose first prompt numbered a different key [AWS_ACCESS_KEY_ID_1].
    const older = await openNewChat(site);
    const olderSend = await send(older, site, `Old key ${SECOND_KEY}`);
    await expect.poll(() => replies(older).first().textContent()).toContain(SECOND_KEY);
    await older.close();

    const page = await openNewChat(site);
    const draft = await send(page, site, `New key ${FIRST_KEY}`);
    expect(draft.text).toBe('New key [AWS_ACCESS_KEY_ID_1]');
    await expect.poll(() => replies(page).first().textContent()).toContain(FIRST_KEY);
    // The person follows a link to the older chat; its reply names its own [AWS_ACCESS_KEY_ID_1].
    await page.evaluate((path) => {
      const link = document.createElement('a');
      link.href = path;
      link.textContent = 'older chat';
      link.addEventListener('click', (event) => {
        event.preventDefault();
        history.pushState(null, '', path);
        document.getElementById('thread')!.innerHTML = '';
      });
      document.body.append(link);
    }, olderSend.path);
    await page.getByText('older chat').click();
    const next = await send(page, site, `Again ${SECOND_KEY}`);
    expect(next).toMatchObject({ path: olderSend.path, text: 'Again [AWS_ACCESS_KEY_ID_1]' });
    await expect.poll(() => replies(page).first().textContent()).toBe(`Noted. I will rotate ${SECOND_KEY} before the release.`);
    await page.close();
  });
});

test.describe('a gateway that lost its placeholders (restarted)', () => {
  test('keeps an older reply\u2019s placeholder rather than show a newer prompt\u2019s value by that name', async () => {
    const site = FIXTURE_SITES[0]!;
    const id = 'history-after-restart';
    const page = await rig.browser.context.newPage();
    await openSite(page, rig.fixture, site, id);
    // Counts the gateway's look-ups of this chat's placeholders: each restore request makes one.
    const vaults = rig.gateway.gateway.services.vaults;
    const peek = vaults.peek.bind(vaults);
    let lookups = 0;
    vaults.peek = (key) => {
      if (key.endsWith(id)) lookups++;
      return peek(key);
    };
    try {
      // The site shows the chat's history, with a reply from before the restart.
      await page.evaluate(({ tag, attributes }) => {
        const reply = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes)) reply.setAttribute(name, value);
        reply.textContent = 'Earlier: rotate [AWS_ACCESS_KEY_ID_1] today.';
        document.getElementById('thread')!.append(reply);
      }, site.reply);
      await expect.poll(() => lookups).toBeGreaterThan(0);

      const sent = await send(page, site, `New key ${SECOND_KEY}`);
      expect(sent.text).toBe('New key [AWS_ACCESS_KEY_ID_1]');
      await expect.poll(() => replies(page).nth(1).textContent()).toBe('Noted. I will rotate [AWS_ACCESS_KEY_ID_1] before the release.');
      // One more look at every reply, now that the gateway knows a value by that name.
      const before = lookups;
      await page.evaluate(() => document.querySelector('#thread > :not(.user)')!.append(' '));
      await expect.poll(() => lookups).toBeGreaterThan(before);
      expect(await replies(page).first().textContent()).toBe('Earlier: rotate [AWS_ACCESS_KEY_ID_1] today. ');
      expect(await page.content()).not.toContain(SECOND_KEY);
    } finally {
      vaults.peek = peek;
    }
    await page.close();
  });
});
