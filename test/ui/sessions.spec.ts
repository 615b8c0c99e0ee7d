import type { Browser } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { openUi, screenshot } from './browser-fixture';
import type { TestGateway } from '../../desktop/src/gateway/testing/test-gateway';
import { useUiGateway } from './ui-gateway';

const GITHUB_TOKEN = 'ghp_' + 'x7Kq2mN9pR4sT6vW8yZ1aB3cD5eF7gH9jL0n';
const DB_PASSWORD = 'S3cretPassw0rd';

test.describe('local UI: sessions and timeline', () => {
  let gateway: TestGateway;
  let browser: Browser;

  useUiGateway(async (started, launched) => {
    gateway = started;
    browser = launched;
    await gateway.inspect('How do tides work?', { site: 'gemini.google.com', conversationId: 'tides' });
    await gateway.inspect(`Why does the pipeline fail with token ${GITHUB_TOKEN}?`, { site: 'chatgpt.com', conversationId: 'deploy' });
    await gateway.inspect(`And the database: postgres://admin:${DB_PASSWORD}@db.internal:5432/app`, { site: 'chatgpt.com', conversationId: 'deploy' });
    const warned = await gateway.inspect('Summarise the invoice for alice.smith@example.org', { site: 'claude.ai', conversationId: 'invoice' });
    const chose = await fetch(`${gateway.url}/api/choice`, {
      method: 'POST',
      headers: { authorization: `Bearer ${gateway.extensionToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ eventId: warned.eventId, choice: 'send-original', justification: 'The customer asked for it' }),
    });
    expect(chose.status).toBe(200);
    const held = await gateway.inspect('Project Falcon timeline', { site: 'claude.ai', conversationId: 'falcon' });
    const decided = await gateway.ui(`approvals/${held.approvalId}/decision`, { method: 'POST', body: { decision: 'approve', reason: 'Timeline is public next week' } });
    expect(decided.status).toBe(200);
  });

  test('lists sessions, and search and filters narrow the list', async () => {
    const { page, errors, close } = await openUi(browser, gateway.uiUrl);
    await page.goto(`${gateway.url}/ui/#/sessions`);
    const rows = page.getByTestId('sessions').locator('tbody tr');
    await rows.first().waitFor();
    await expect(rows.count()).resolves.toBe(4);
    await expect(page.getByTestId('total').textContent()).resolves.toBe('1–4 of 4');
    await screenshot(page, 'sessions');

    // Each filter is checked on the rows it leaves, polled until the list shows them: a row count alone can be met
    // by the list of the step before, still on screen while the new one loads.
    const shown = () => rows.allTextContents();
    const rowsOf = (...sites: string[]) => sites.map((site) => expect.stringContaining(site) as unknown as string);
    await page.getByLabel('Search').fill('invoice');
    await expect.poll(shown).toEqual(rowsOf('claude.ai'));
    expect(page.url()).toContain('search=invoice');

    await page.getByLabel('Search').fill('');
    await page.getByLabel('Verdict').selectOption('redact');
    await expect.poll(shown).toEqual(rowsOf('chatgpt.com'));

    await page.getByLabel('Verdict').selectOption('');
    await page.getByLabel('Site or client').fill('claude.ai');
    await expect.poll(shown).toEqual(rowsOf('claude.ai', 'claude.ai'));

    await page.getByLabel('Site or client').fill('');
    await page.getByLabel('Finding type').fill('email');
    await expect.poll(shown).toEqual(rowsOf('claude.ai'));

    await page.getByLabel('Search').fill('nothing-matches-this');
    await page.getByText('No sessions match these filters').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => rows.count()).toBe(4);
    expect(errors).toEqual([]);
    await close();
  });

  test("replays a session's timeline with masked prompts and never a raw secret", async () => {
    const { page, errors, close } = await openUi(browser, gateway.uiUrl);
    await page.goto(`${gateway.url}/ui/#/sessions`);
    await page.getByTestId('sessions').locator('tbody tr', { hasText: 'chatgpt.com' }).click();
    await page.waitForURL(/#\/sessions\/[^/]+$/);
    const timeline = page.getByTestId('timeline');
    await timeline.waitFor();
    await expect(timeline.locator('.timeline-item').count()).resolves.toBe(2);
    await expect(timeline.locator('mark.ph').allTextContents()).resolves.toEqual(['[GITHUB_PAT_1]', '[CONNECTION_STRING_PASSWORD_1]']);
    await expect(timeline.textContent()).resolves.toContain('Why does the pipeline fail with token');
    const html = await page.content();
    expect(html).not.toContain(GITHUB_TOKEN);
    expect(html).not.toContain(DB_PASSWORD);
    await screenshot(page, 'timeline');

    // A warned prompt shows what the person chose and why.
    await page.goto(`${gateway.url}/ui/#/sessions?search=invoice`);
    await page.getByTestId('sessions').locator('tbody tr').first().click();
    const choice = page.getByTestId('timeline').locator('[data-kind="choice"]');
    await choice.waitFor();
    await expect(choice.textContent()).resolves.toMatch(/Sent the original.*The customer asked for it/);

    // The held prompt shows who approved it and why.
    await page.goto(`${gateway.url}/ui/#/sessions?search=Falcon`);
    await page.getByTestId('sessions').locator('tbody tr').first().waitFor();
    await page.getByTestId('sessions').locator('tbody tr').first().click();
    await page.getByTestId('timeline').waitFor();
    await expect(page.getByTestId('timeline').locator('.badge.verdict-hold').count()).resolves.toBe(1);
    const approval = page.getByTestId('timeline').locator('[data-kind="approval"]');
    await expect(approval.textContent()).resolves.toMatch(/Approved by local user.*Timeline is public next week/);
    await screenshot(page, 'timeline-hold');
    expect(errors).toEqual([]);
    await close();
  });

  test('pages through long lists', async () => {
    for (let i = 0; i < 27; i++) await gateway.inspect(`Question ${i} about sorting`, { site: 'perplexity.ai', conversationId: `sort-${i}` });
    const { page, errors, close } = await openUi(browser, gateway.uiUrl);
    await page.goto(`${gateway.url}/ui/#/sessions?site=perplexity.ai`);
    const total = page.getByTestId('total');
    await total.waitFor();
    await expect(total.textContent()).resolves.toBe('1–25 of 27');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByTestId('total').filter({ hasText: '26–27 of 27' }).waitFor();
    expect(page.url()).toContain('page=2');
    await expect(page.getByRole('button', { name: 'Next' }).isDisabled()).resolves.toBe(true);
    await page.setViewportSize({ width: 900, height: 900 });
    await screenshot(page, 'sessions-900');
    // Back returns to the first page.
    await page.goBack();
    await page.getByTestId('total').filter({ hasText: '1–25 of 27' }).waitFor();
    expect(errors).toEqual([]);
    await close();
  });
});
