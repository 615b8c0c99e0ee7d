import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openUi, screenshot } from './browser-fixture';
import { startUiGateway, type UiGateway } from './gateway-fixture';

describe('local UI: settings', () => {
  let gateway: UiGateway;
  let browser: Browser;

  beforeAll(async () => {
    [gateway, browser] = await Promise.all([startUiGateway(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
  });

  it('shows a pairing code that the extension can redeem', async () => {
    const { page, errors, close } = await openUi(browser, gateway.uiUrl);
    await page.goto(`${gateway.url}/ui/#/settings`);
    await page.getByTestId('pair-button').click();
    const code = (await page.getByTestId('pairing-code').textContent())!;
    expect(code).toMatch(/^[A-Z0-9-]{4,}$/);
    await expect(page.getByTestId('pairing-expiry').textContent()).resolves.toMatch(/^Expires in \d/);
    await expect(page.getByTestId('fail-mode').textContent()).resolves.toContain('Closed');
    await expect(page.getByTestId('org-status').textContent()).resolves.toContain('Not enrolled');
    await expect(page.getByText('Not configured').count()).resolves.toBe(2);
    await screenshot(page, 'settings');

    const paired = await fetch(`${gateway.url}/api/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, name: 'work laptop' }) });
    expect(paired.status).toBe(200);
    expect(errors).toEqual([]);
    await close();
  });

  it('creates a token shown once, lists it, and revokes it', async () => {
    const { page, errors, close } = await openUi(browser, gateway.uiUrl);
    await page.goto(`${gateway.url}/ui/#/settings`);
    const tokens = page.getByTestId('tokens');
    await tokens.locator('tr[data-token="extension/test"]').waitFor();

    await page.getByLabel('Kind').selectOption('sdk');
    await page.getByLabel('Token name').fill('build-agent');
    await page.getByRole('button', { name: 'Create token' }).click();
    const token = (await page.getByTestId('new-token').textContent())!;
    expect(token.length).toBeGreaterThan(20);
    await tokens.locator('tr[data-token="sdk/build-agent"]').waitFor();
    await expect(tokens.locator('tr[data-token="sdk/build-agent"]').textContent()).resolves.toContain('Never');
    await screenshot(page, 'settings-token');

    const row = tokens.locator('tr[data-token="extension/test"]');
    await row.getByRole('button', { name: 'Revoke' }).click();
    await row.getByRole('button', { name: 'Confirm revoke' }).click();
    await row.waitFor({ state: 'detached' });
    const refused = await fetch(`${gateway.url}/api/policy`, { headers: { authorization: `Bearer ${gateway.token}` } });
    expect(refused.status).toBe(401);

    // A token is shown once: after a reload only its name is left.
    await page.reload();
    await tokens.locator('tr[data-token="sdk/build-agent"]').waitFor();
    await expect(page.getByTestId('new-token').count()).resolves.toBe(0);
    await expect(page.content()).resolves.not.toContain(token);
    expect(errors).toEqual([]);
    await close();
  });
});
