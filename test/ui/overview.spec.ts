import type { Browser } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { openUi, screenshot, waitLive } from './browser-fixture';
import type { TestGateway } from '../../desktop/src/gateway/testing/test-gateway';
import { useUiGateway } from './ui-gateway';

test.describe('local UI: overview', () => {
  let gateway: TestGateway;
  let browser: Browser;

  useUiGateway((started, launched) => {
    gateway = started;
    browser = launched;
  });

  test('shows an empty state that says what to do before anything was checked', async () => {
    const { page, errors, close } = await openUi(browser, gateway.uiUrl);
    await page.getByText('Nothing checked yet').waitFor();
    await expect(page.getByTestId('today').locator('.tile-count').allTextContents()).resolves.toEqual(['0', '0', '0', '0', '0']);
    await expect(page.getByRole('link', { name: 'Pair the extension' }).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  test("shows status, policy, today's counts by verdict and the recent events, masked", async () => {
    const answers = await Promise.all([
      gateway.inspect('Summarise this paragraph about tides.'),
      gateway.inspect('Deploy with key ghp_' + 'x7Kq2mN9pR4sT6vW8yZ1aB3cD5eF7gH9jL0n please', { site: 'claude.ai' }),
      gateway.inspect('Write to alice.smith@example.org about the invoice'),
      gateway.inspect('Operation Nightfall starts Monday'),
    ]);
    expect(answers.map((a) => a.verdict).sort()).toEqual(['allow', 'block', 'redact', 'warn']);

    const { page, errors, close } = await openUi(browser, gateway.uiUrl);
    const tiles = page.getByTestId('today');
    await tiles.waitFor();
    // Nobody answered the warning: the warn tile counts only answered ones and names this one apart.
    await expect(tiles.getByTestId('warn-unanswered').textContent()).resolves.toBe('+ 1 not answered');
    for (const [verdict, count] of Object.entries({ allow: 1, redact: 1, warn: 0, hold: 0, block: 1 })) {
      await expect(tiles.locator(`[data-verdict="${verdict}"] .tile-count`).textContent()).resolves.toBe(String(count));
    }
    await expect(page.getByTestId('status').textContent()).resolves.toMatch(/Protecting.*Port \d+/);
    await expect(page.getByTestId('policy').textContent()).resolves.toMatch(/ui test policy.*Policy file.*Closed/);

    const recent = page.getByTestId('recent');
    await expect(recent.locator('li').count()).resolves.toBe(4);
    await expect(recent.textContent()).resolves.toContain('claude.ai');
    await expect(recent.locator('mark.ph', { hasText: '[GITHUB_PAT_1]' }).count()).resolves.toBe(1);
    await expect(recent.locator('.badge.verdict-block').count()).resolves.toBe(1);
    await expect(page.content()).resolves.not.toContain('ghp_x7Kq');
    await screenshot(page, 'overview');

    // A new prompt shows up without a reload.
    await waitLive(page);
    await gateway.inspect('One more question about tides');
    await tiles.locator('[data-verdict="allow"] .tile-count', { hasText: '2' }).waitFor();

    await page.setViewportSize({ width: 900, height: 900 });
    await screenshot(page, 'overview-900');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'overview-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // A tile opens the sessions with that verdict today.
    await tiles.locator('[data-verdict="block"]').click();
    await page.waitForURL(/#\/sessions\?verdict=block&range=today$/);
    const rows = page.getByTestId('sessions').locator('tbody tr');
    await rows.first().waitFor();
    await expect(rows.count()).resolves.toBe(1);
    await expect(page.getByLabel('Verdict').inputValue()).resolves.toBe('block');
    expect(errors).toEqual([]);
    await close();
  });
});
