import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../server/src/start';
import { holdPolicyYaml, inspectBody, settledApproval, startOrgGateway, until, type OrgGateway } from './org-gateway';

const SCREENSHOTS = fileURLToPath(new URL('../../test-results/server/', import.meta.url));

async function shot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}

/** The admin web UI in Chromium against a real server and an enrolled gateway. */
describe('admin web UI', () => {
  let server: RunningServer;
  let serverDir: string;
  let gw: OrgGateway;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  /** Pages, scripts, styles and icons the browser could not load; refused API calls are expected and not listed. */
  const failedLoads: string[] = [];

  beforeAll(async () => {
    serverDir = await mkdtemp(join(tmpdir(), 'pg-server-ui-'));
    server = await startServer({ port: 0, dataDir: serverDir, onError: (error) => pageErrors.push(`server: ${String(error)}`) });
    gw = await startOrgGateway();
    browser = await chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    // Waits for elements are hang protection: a loaded machine may take long to render, and that is not a failure.
    context.setDefaultTimeout(60_000);
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // Refused requests (the wrong token, a decision without a reason) are expected; script errors are not.
    page.on('console', (message) => void (message.type() === 'error' && !message.text().startsWith('Failed to load resource') && pageErrors.push(message.text())));
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      const isApi = path.startsWith('/admin/') && !path.startsWith('/admin/ui/');
      if (response.status() >= 400 && !isApi) failedLoads.push(`${response.status()} ${path}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await gw?.stop({ removeData: true });
    await server?.close();
    await rm(serverDir, { recursive: true, force: true });
  });

  it('shows only the sign-in card before sign-in: no tabs', async () => {
    await page.goto(`${server.url}/`);
    await page.getByLabel('Token').waitFor();
    expect(await page.getByRole('heading', { name: 'Sign in' }).isVisible()).toBe(true);
    for (const tab of ['Policy', 'Approvals', 'Audit', 'Devices']) expect(await page.getByRole('link', { name: tab }).isVisible(), tab).toBe(false);
    await shot(page, 'signin');
  });

  it('refuses a wrong token, then signs in with the admin token and shows the policy in force', async () => {
    await page.getByLabel('Token').fill('pgsa_wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('That token was not accepted.').waitFor();
    await page.getByLabel('Token').fill(server.firstAdminToken!);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('in force: version 1 by promptgate').waitFor();
    expect(await page.getByLabel('Policy (YAML or JSON)').inputValue()).toContain('promptgate default');
    expect(await page.getByRole('link', { name: 'Audit' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Sign in' }).isVisible()).toBe(false);
  });

  it('shows validation errors inline with their lines, then publishes a valid version', async () => {
    const editor = page.getByLabel('Policy (YAML or JSON)');
    await editor.fill(holdPolicyYaml('Project Falcon', 120).replace('action: hold', 'action: hodl').replace('ship: true', 'ship: true\n  shipp: yes'));
    await page.locator('#policy-errors li', { hasText: 'custom[0].action' }).waitFor();
    const errors = await page.locator('#policy-errors li').allTextContents();
    expect(errors.join('\n')).toMatch(/line 7: custom\[0\]\.action/);
    expect(errors.join('\n')).toMatch(/line 13: logging\.shipp — unknown key/);
    expect(await page.locator('#gutter .bad').allTextContents()).toEqual(['7', '13']);
    expect(await page.getByRole('button', { name: 'Publish new version' }).isDisabled()).toBe(true);
    await shot(page, 'policy-editor-errors');

    await editor.fill(holdPolicyYaml('Project Falcon', 120));
    await page.getByText('✓ valid policy').waitFor();
    await page.getByLabel('Comment').fill('hold Project Falcon');
    await page.getByRole('button', { name: 'Publish new version' }).click();
    await page.getByText('Published version 2.').waitFor();
    await page.locator('#history li', { hasText: 'hold Project Falcon' }).waitFor();
    await page.locator('#history li').first().getByRole('button', { name: 'diff' }).click();
    await page.locator('#diff .add').first().waitFor();
    await shot(page, 'policy-editor-published');
  });

  it('says no device is enrolled yet, then lists the one enrolled with a code from the page', async () => {
    await page.getByRole('link', { name: 'Devices' }).click();
    await page.locator('#device-rows', { hasText: 'No devices enrolled yet' }).waitFor();
    const form = page.locator('#code-form');
    await form.getByLabel('User').fill('henry@example.com');
    await form.getByLabel('Groups').fill('eng');
    await form.getByRole('button', { name: 'Create one-time code' }).click();
    const hint = await page.locator('#code-out', { hasText: 'promptgate enroll' }).textContent();
    const code = /--code ([A-Z2-9-]+)/.exec(hint ?? '')?.[1];
    expect(hint).toContain(`promptgate enroll --server ${server.url} --code ${code}`);
    // The org key's fingerprint is shown with the code, for `enroll --fingerprint`.
    const jwks = (await (await fetch(`${server.url}/.well-known/jwks.json`)).json()) as { keys: Array<{ kid: string }> };
    expect(hint).toContain(`--fingerprint SHA256:${jwks.keys[0]!.kid}`);
    const enrolled = await gw.call('POST', '/ui/api/org/enroll', { body: { server: server.url, code }, token: null, cookie: await gw.uiCookie() });
    expect(enrolled.status).toBe(200);
    await page.reload();
    await page.locator('#device-rows tr', { hasText: 'henry@example.com' }).waitFor();
    expect(await page.locator('#device-rows').textContent()).not.toContain('No devices enrolled yet');
    await shot(page, 'devices');
  });

  it('a new hold appears in the queue live, and approving it releases the prompt at the gateway', async () => {
    await page.getByRole('link', { name: /Approvals/ }).click();
    await page.getByText('Nothing is waiting.').waitFor();
    await page.locator('#decided', { hasText: 'Nothing decided yet.' }).waitFor();
    await page.locator('#live', { hasText: 'live' }).waitFor();
    await gw.gateway.org.pullPolicy();
    const inspected = await gw.call<{ verdict: string; approvalId: string }>('POST', '/api/inspect', { body: inspectBody('Can we move the Project Falcon launch to May?') });
    expect(inspected.body.verdict).toBe('hold');
    const card = page.locator('.approval', { hasText: 'henry@example.com' });
    await card.waitFor();
    expect(await card.locator('blockquote').textContent()).not.toContain('Project Falcon');
    expect(await page.locator('#pending-count').textContent()).toBe('1');
    await shot(page, 'approvals-live');

    await card.getByRole('button', { name: 'Approve' }).click();
    await page.getByText('give a reason').waitFor();
    await card.getByLabel('Reason').fill('date already announced');
    await card.getByRole('button', { name: 'Approve' }).click();
    await page.getByText('Nothing is waiting.').waitFor();
    await page.locator('#decided tr', { hasText: 'date already announced' }).waitFor();
    expect(await page.locator('#decided').textContent()).not.toContain('Nothing decided yet.');
    expect(await settledApproval(gw, inspected.body.approvalId)).toMatchObject({ status: 'approved' });
    await shot(page, 'approvals-decided');
  });

  it('searches the audit trail', async () => {
    await gw.gateway.org.flushAudit();
    await until(() => server.services.audit.count() >= 2, 'audit events');
    await page.getByRole('link', { name: 'Audit' }).click();
    await page.locator('#audit-form').getByLabel('User').fill('henry@example.com');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('#audit-rows tr', { hasText: 'approval' }).waitFor();
    const rows = await page.locator('#audit-rows tr').allTextContents();
    expect(rows.some((row) => row.includes('HOLD') || row.includes('hold'))).toBe(true);
    expect(rows.join('\n')).not.toContain('Project Falcon');
    await shot(page, 'audit-search');
    expect(pageErrors).toEqual([]);
    expect(failedLoads).toEqual([]);
  });

  it('shows an audit trail longer than one page a page at a time', async () => {
    for (let n = 0; n < 60; n++) server.services.audit.recordServerEvent({ requester: null, verdict: 'allow', text: `paging probe ${n}`, detail: {} });
    await page.locator('#audit-form').getByLabel('User').fill('');
    await page.locator('#audit-form').getByLabel('Search words').fill('paging probe');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.locator('#audit-rows tr').count()).toBe(50);
    const more = page.getByRole('button', { name: 'Show older events' });
    await more.click();
    await expect.poll(() => page.locator('#audit-rows tr').count()).toBe(60);
    await expect.poll(() => more.isHidden()).toBe(true);
    const rows = await page.locator('#audit-rows tr').allTextContents();
    // Newest first, every event once.
    expect(rows[0]).toContain('paging probe 59');
    expect(new Set(rows.map((row) => /paging probe (\d+)/.exec(row)?.[1])).size).toBe(60);
    expect(pageErrors).toEqual([]);
  });
});
