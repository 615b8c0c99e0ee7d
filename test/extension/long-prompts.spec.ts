import { expect, test } from './support/extension-test';
import { longPrompt } from './fixtures/long-prompt';
import { FIXTURE_SITES } from './fixtures/sites';
import { SECRETS } from './support/e2e-policy';
import { overlay, sendsTo, setPrompt } from './support/page-actions';
import { waitForSend } from './support/arrivals';
import { useExtensionRig } from './support/rig';

// A trace's DOM snapshots copy the 100 KB editor at every step, which slows the page past any hang protection;
// a failure here still leaves a trace of actions, screenshots and network.
test.use({ trace: { mode: 'retain-on-failure', snapshots: false } });

const rig = useExtensionRig('long');
/** Hang protection for one 100 KB send, not a speed limit. */
const LONG_WAIT_MS = 180_000;

for (const site of FIXTURE_SITES) {
  test.describe(`${site.id}`, () => {
    test('rewrites a 100 KB prompt with secrets and sends exactly the redacted text, blank lines and indentation kept', async () => {
      test.setTimeout(LONG_WAIT_MS + 60_000);
      const { page, id } = await rig.fresh(site);
      const { text, redacted } = longPrompt(100 * 1024);
      await setPrompt(page, site, text);
      await page.keyboard.press('Enter');
      // 100 KB is checked twice (the send guard, then the page's network backstop) and rewritten in the editor:
      // on a loaded 2-core machine that can take tens of seconds, so the hang protection is wider here.
      const sent = await waitForSend(rig.fixture, site, id, LONG_WAIT_MS);
      expect(sent.text.length).toBe(redacted.length);
      expect(sent.text).toBe(redacted);
      expect(JSON.stringify(rig.fixture.sends)).not.toContain(SECRETS.github);
      await page.close();
    });
  });
}

test.describe('an editor that cannot take the exact text', () => {
  test('does not send, and says so', async () => {
    const site = FIXTURE_SITES.find((s) => s.editor === 'prosemirror')!;
    const { page, id } = await rig.fresh(site);
    await setPrompt(page, site, `Line one\n\n    deploy with ${SECRETS.github}`);
    // From here on the editor removes blank lines, so the redacted text cannot be put in place exactly.
    await page.evaluate(() => (window.__fixtureDropsBlankLines = true));
    await page.keyboard.press('Enter');
    await expect.poll(() => overlay(page).count()).toBe(1);
    expect(await overlay(page).textContent()).toContain('could not be put in place');
    expect(sendsTo(rig.fixture, site, id)).toEqual([]);
    await page.close();
  });
});
