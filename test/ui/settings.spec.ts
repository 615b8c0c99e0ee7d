import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { openUi, screenshot } from './browser-fixture';
import type { TestGateway } from '../../desktop/src/gateway/testing/test-gateway';
import { useUiGateway } from './ui-gateway';

test.describe('local UI: settings', () => {
  let gateway: TestGateway;
  let browser: Browser;

  useUiGateway((started, launched) => {
    gateway = started;
    browser = launched;
  });

  test('shows a pairing code that the extension can redeem', async () => {
    const { page, errors, close } = await openUi(browser, gateway.uiUrl);
    await page.goto(`${gateway.url}/ui/#/settings`);
    await page.getByTestId('pair-button').click();
    const code = (await page.getByTestId('pairing-code').textContent())!;
    expect(code).toMatch(/^[A-Z0-9-]{4,}$/);
    await expect(page.getByTestId('pairing-expiry').textContent()).resolves.toMatch(/^Expires in \d/);
    await expect(page.getByTestId('fail-mode').textContent()).resolves.toContain('Closed');
    await expect(page.getByTestId('org-status').textContent()).resolves.toContain('Not enrolled');
    await page.getByTestId('enroll-form').waitFor();
    await page.locator('[data-provider="anthropic"]').waitFor();
    await expect(page.getByText('Not configured').count()).resolves.toBe(2);
    await screenshot(page, 'settings');

    const paired = await fetch(`${gateway.url}/api/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, name: 'work laptop' }) });
    expect(paired.status).toBe(200);
    expect(errors).toEqual([]);
    await close();
  });

  test('creates a token shown once, lists it, and revokes it', async () => {
    const { page, errors, close } = await openUi(browser, gateway.uiUrl);
    await page.goto(`${gateway.url}/ui/#/settings`);
    const tokens = page.getByTestId('tokens');
    await tokens.locator('tr[data-token="extension/test extension"]').waitFor();

    await page.getByLabel('Kind').selectOption('sdk');
    await page.getByLabel('Token name').fill('build-agent');
    await page.getByRole('button', { name: 'Create token' }).click();
    const token = (await page.getByTestId('new-token').textContent())!;
    expect(token.length).toBeGreaterThan(20);
    await tokens.locator('tr[data-token="sdk/build-agent"]').waitFor();
    await expect(tokens.locator('tr[data-token="sdk/build-agent"]').textContent()).resolves.toContain('Never');
    await screenshot(page, 'settings-token');

    // The first click arms the button for a few seconds. The page's clock stands still between the two clicks,
    // so however slow the machine, the second one still finds it armed.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1000);
    const row = tokens.locator('tr[data-token="extension/test extension"]');
    await row.getByRole('button', { name: 'Revoke' }).click();
    await row.getByRole('button', { name: 'Confirm revoke' }).click();
    await row.waitFor({ state: 'detached' });
    await page.clock.resume();
    const refused = await fetch(`${gateway.url}/api/policy`, { headers: { authorization: `Bearer ${gateway.extensionToken}` } });
    expect(refused.status).toBe(401);

    // A token is shown once: after a reload only its name is left.
    await page.reload();
    await tokens.locator('tr[data-token="sdk/build-agent"]').waitFor();
    await expect(page.getByTestId('new-token').count()).resolves.toBe(0);
    await expect(page.content()).resolves.not.toContain(token);
    expect(errors).toEqual([]);
    await close();
  });

  test('stores a provider key through the gateway API without ever showing it, and removes it', async () => {
    const key = 'sk-test-ui-0123456789abcdefSECRET';
    const { page, errors, close } = await openUi(browser, gateway.uiUrl);
    await page.goto(`${gateway.url}/ui/#/settings`);
    const openai = page.locator('form[data-provider="openai"]');
    await openai.waitFor();
    await expect(page.getByTestId('provider-status-openai').textContent()).resolves.toBe('Not configured');
    await expect(page.getByLabel('OpenAI API key').getAttribute('type')).resolves.toBe('password');

    await page.getByLabel('OpenAI API key').fill(key);
    await openai.getByRole('button', { name: 'Save' }).click();
    await page.locator('form[data-provider="openai"][data-configured="true"]').waitFor();
    await expect(page.getByTestId('provider-status-openai').textContent()).resolves.toBe('Configured');
    await expect(page.getByTestId('provider-status-anthropic').textContent()).resolves.toBe('Not configured');
    await expect(page.getByLabel('OpenAI API key').inputValue()).resolves.toBe('');
    await expect(page.content()).resolves.not.toContain(key);
    const listed = await gateway.ui('provider-keys');
    expect(listed.status).toBe(200);
    const status: unknown = await listed.json();
    expect(status).toEqual({ openai: true, anthropic: false });
    expect(JSON.stringify(status)).not.toContain(key);

    // After a reload the page still only knows that a key is set.
    await page.reload();
    await page.locator('form[data-provider="openai"][data-configured="true"]').waitFor();
    await expect(page.content()).resolves.not.toContain(key);

    // A promptgate token is not a provider key: the gateway's refusal shows next to the input.
    await page.getByLabel('Anthropic API key').fill(gateway.extensionToken);
    await page.locator('form[data-provider="anthropic"]').getByRole('button', { name: 'Save' }).click();
    await expect(page.locator('form[data-provider="anthropic"] .form-message.is-error').textContent()).resolves.toContain('promptgate token');
    await expect(page.content()).resolves.not.toContain(gateway.extensionToken);
    await page.getByTestId('provider-keys').scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-provider-keys');

    await page.locator('form[data-provider="openai"]').getByRole('button', { name: 'Remove' }).click();
    await page.locator('form[data-provider="openai"][data-configured="false"]').waitFor();
    await expect((await gateway.ui('provider-keys')).json()).resolves.toEqual({ openai: false, anthropic: false });
    expect(errors.filter((error) => !/status of 400/.test(error))).toEqual([]);
    await close();
  });

  test('shows the organisation as not enrolled and enrollment errors inline', async () => {
    // A stand-in org server that refuses every code, the way a real one answers an unknown code.
    let enrollRequests = 0;
    const orgServer: Server = createServer((request, response) => {
      if (request.method === 'POST' && request.url === '/v1/enroll') enrollRequests++;
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { code: 'invalid_code', message: 'that enrollment code is not valid or has expired' } }));
    });
    await new Promise<void>((resolve) => orgServer.listen(0, '127.0.0.1', resolve));
    const orgUrl = `http://127.0.0.1:${(orgServer.address() as AddressInfo).port}`;

    const { page, errors, close } = await openUi(browser, gateway.uiUrl);
    try {
      await page.goto(`${gateway.url}/ui/#/settings`);
      const form = page.getByTestId('enroll-form');
      await form.waitFor();
      await expect(page.getByTestId('org-status').textContent()).resolves.toContain('Not enrolled');
      await expect(page.getByTestId('policy-source').textContent()).resolves.toContain('ui test policy');
      const message = page.getByTestId('enroll-message');

      // Nothing typed: the page says what is missing without asking the gateway.
      await form.getByRole('button', { name: 'Enroll' }).click();
      await expect(message.textContent()).resolves.toContain('policy server URL');

      // Not a URL: the gateway refuses it, and the answer shows under the form.
      await page.getByLabel('Policy server URL').fill('not a url');
      await page.getByLabel('Enrollment code').fill('ABCD-1234');
      await form.getByRole('button', { name: 'Enroll' }).click();
      await page.locator('[data-testid="enroll-message"].is-error').filter({ hasText: 'not a server URL' }).waitFor();

      // A server that refuses the code: its message, inline.
      await page.getByLabel('Policy server URL').fill(orgUrl);
      await page.getByLabel('Enrollment code').fill('WRONG-CODE');
      await form.getByRole('button', { name: 'Enroll' }).click();
      await page.locator('[data-testid="enroll-message"].is-error').filter({ hasText: 'not valid or has expired' }).waitFor();
      expect(enrollRequests).toBe(1);

      // Nobody answering at all.
      await new Promise<void>((resolve) => orgServer.close(() => resolve()));
      await form.getByRole('button', { name: 'Enroll' }).click();
      await page.locator('[data-testid="enroll-message"].is-error').filter({ hasText: 'did not answer' }).waitFor();

      await expect(page.getByTestId('org-status').textContent()).resolves.toContain('Not enrolled');
      await expect((await gateway.ui('org')).json()).resolves.toMatchObject({ enrolled: false, server: null });
      await screenshot(page, 'settings-org');
      // The failed calls are logged by the browser as failed requests; nothing else may be.
      expect(errors.filter((error) => !/status of (400|502)/.test(error))).toEqual([]);
    } finally {
      await close();
      orgServer.close();
    }
  });

  test('shows an enrolled organisation: server, user, groups, last check and a rejected bundle prominently', async () => {
    const { page, errors, close } = await openUi(browser, gateway.uiUrl);
    const now = Date.now();
    // The gateway's own answer for an enrolled device, without running an org server here.
    await page.route('**/ui/api/org', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          enrolled: true,
          server: 'https://policy.example.com',
          user: 'ada@example.com',
          groups: ['engineering', 'security'],
          deviceName: 'ada-laptop',
          policy: { source: 'org', name: 'Example Corp', version: 7, origin: 'https://policy.example.com', lastCheckAt: now - 60_000, lastCheckOk: false },
          audit: { queued: 3, lastShippedAt: now - 120_000, lastError: null },
          warnings: [{ code: 'bad_signature', message: 'bundle v8 was rejected: the signature does not verify; policy v7 stays in force', at: now - 60_000 }],
        }),
      }),
    );
    await page.goto(`${gateway.url}/ui/#/settings`);
    await page.getByTestId('org-warnings').waitFor();
    await expect(page.getByTestId('org-status').textContent()).resolves.toContain('Enrolled');
    await expect(page.getByTestId('org-server').textContent()).resolves.toBe('https://policy.example.com');
    await expect(page.getByTestId('org-user').textContent()).resolves.toMatch(/ada@example\.com.*ada-laptop.*engineering.*security/);
    await expect(page.getByTestId('policy-source').textContent()).resolves.toContain('Example Corp · v7');
    await expect(page.getByTestId('org-last-check').textContent()).resolves.toContain('Failed');
    await expect(page.getByTestId('org-warnings').textContent()).resolves.toContain('Policy bundle rejected');
    await expect(page.getByTestId('org-warnings').textContent()).resolves.toContain('signature does not verify');
    await expect(page.getByTestId('enroll-form').count()).resolves.toBe(0);
    await page.getByTestId('org-section').scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-org-enrolled');
    expect(errors).toEqual([]);
    await close();
  });
});
