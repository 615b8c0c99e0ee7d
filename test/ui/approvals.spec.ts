import type { Browser } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { openUi, screenshot, waitLive } from './browser-fixture';
import type { TestGateway } from '../../desktop/src/gateway/testing/test-gateway';
import { useUiGateway } from './ui-gateway';

test.describe('local UI: approvals', () => {
  let gateway: TestGateway;
  let browser: Browser;

  useUiGateway((started, launched) => {
    gateway = started;
    browser = launched;
  });

  test('shows a hold live, and approving it with a reason releases the waiting extension', async () => {
    const { page, errors, close } = await openUi(browser, gateway.uiUrl);
    await page.goto(`${gateway.url}/ui/#/approvals`);
    await page.getByText('Nothing is waiting for approval').waitFor();
    await expect(page.getByTestId('pending-badge').isHidden()).resolves.toBe(true);
    // Marks this document: if the page reloaded, the mark would be gone.
    await page.evaluate(() => document.body.setAttribute('data-test-mark', 'same-document'));
    await waitLive(page);

    const held = await gateway.inspect('Draft the Project Falcon launch memo for alice.smith@example.org');
    expect(held.verdict).toBe('hold');
    const approvalId = held.approvalId!;

    const card = page.locator(`[data-approval-id="${approvalId}"]`);
    await card.waitFor();
    // The badge counts on its own fetch, which may land after the card's.
    await expect.poll(() => page.getByTestId('pending-badge').textContent()).toBe('1');
    await expect(card.locator('mark.ph').allTextContents()).resolves.toEqual(expect.arrayContaining(['[CUSTOM_FALCON_1]']));
    await expect(card.textContent()).resolves.not.toContain('Project Falcon launch');
    await expect(card.locator('.approval-who').textContent()).resolves.toMatch(/chatgpt\.com.*test.*held (just now|\d+ min ago)/);
    await expect(card.getByTestId('held-for').textContent()).resolves.toMatch(/falcon.*\[CUSTOM_FALCON_1\]/);
    await expect(card.getByTestId('also-found').textContent()).resolves.toMatch(/Email address.*\[EMAIL_1\]/);
    await expect(card.getByTestId('time-left').textContent()).resolves.toMatch(/^\dm \d\ds left$/);
    await screenshot(page, 'approvals');

    // The reason is required.
    await card.getByRole('button', { name: 'Approve' }).click();
    await card.getByText('Give a reason to approve.').waitFor();
    await expect(card.isVisible()).resolves.toBe(true);

    await card.getByLabel('Reason').fill('Launch memo is cleared for the vendor');
    const waiting = gateway.approvalState(approvalId, 30);
    await card.getByRole('button', { name: 'Approve' }).click();
    await card.waitFor({ state: 'detached' });

    const state = await waiting;
    expect(state.status).toBe('approved');
    expect(state.reason).toBe('Launch memo is cleared for the vendor');
    expect(state.segments?.[0]?.text).toContain('Project Falcon');

    await page.getByText('Nothing is waiting for approval').waitFor();
    await page.getByTestId('pending-badge').waitFor({ state: 'hidden' });
    await expect(page.evaluate(() => document.body.getAttribute('data-test-mark'))).resolves.toBe('same-document');
    expect(errors).toEqual([]);
    await close();
  });

  test('removes a hold that another window decided, and denies with a reason', async () => {
    const first = await gateway.inspect('Project Falcon numbers for Q3', { conversationId: 'c-2' });
    const second = await gateway.inspect('Project Falcon hiring plan', { conversationId: 'c-3' });
    const { page, errors, close } = await openUi(browser, gateway.uiUrl);
    await page.goto(`${gateway.url}/ui/#/approvals`);
    await page.locator(`[data-approval-id="${first.approvalId}"]`).waitFor();
    await page.locator(`[data-approval-id="${second.approvalId}"]`).waitFor();
    await waitLive(page);
    await expect.poll(() => page.getByTestId('pending-badge').textContent()).toBe('2');
    await screenshot(page, 'approvals-two');
    await page.setViewportSize({ width: 900, height: 800 });
    await screenshot(page, 'approvals-900');

    // Decided elsewhere (another UI window): the card leaves by itself.
    const decided = await page.evaluate(
      async (id) =>
        (
          await fetch(`/ui/api/approvals/${id}/decision`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ decision: 'deny', reason: 'not now' }),
          })
        ).status,
      first.approvalId!,
    );
    expect(decided).toBe(200);
    await page.locator(`[data-approval-id="${first.approvalId}"]`).waitFor({ state: 'detached' });

    const card = page.locator(`[data-approval-id="${second.approvalId}"]`);
    await card.getByLabel('Reason').fill('Hiring plans stay internal');
    await card.getByRole('button', { name: 'Deny' }).click();
    await card.waitFor({ state: 'detached' });
    await expect(gateway.approvalState(second.approvalId!, 0)).resolves.toMatchObject({ status: 'denied', reason: 'Hiring plans stay internal' });
    expect(errors).toEqual([]);
    await close();
  });
});
