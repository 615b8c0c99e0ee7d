import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page } from '@playwright/test';
import { startServer, type RunningServer } from '../../server/src/start';
import { inspectBody, startTestGateway, type TestGateway } from '../../desktop/src/gateway/testing/test-gateway';
import { holdPolicyYaml, orgGatewayOptions, settledApproval } from './org-steps';

const SCREENSHOTS = fileURLToPath(new URL('../../test-results/server/', import.meta.url));

async function shot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}

/** The admin web UI in Chromium against a real server and an enrolled gateway. */
test.describe('admin web UI', () => {
  let server: RunningServer;
  let serverDir: string;
  let gw: TestGateway;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  /** Pages, scripts, styles and icons the browser could not load; refused API calls are expected and not listed. */
  const failedLoads: string[] = [];

  test.beforeAll(async ({ browser: launched }) => {
    serverDir = await mkdtemp(join(tmpdir(), 'pg-server-ui-'));
    server = await startServer({ port: 0, dataDir: serverDir, onError: (error) => pageErrors.push(`server: ${String(error)}`) });
    gw = await startTestGateway(orgGatewayOptions());
    browser = launched;
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

  test.afterAll(async () => {
    await gw?.stop();
    await server?.close();
    await rm(serverDir, { recursive: true, force: true });
  });

  test('shows only the sign-in card before sign-in: no tabs', async () => {
    await page.goto(`${server.url}/`);
    await page.getByLabel('Token').waitFor();
    expect(await page.getByRole('heading', { name: 'Sign in' }).isVisible()).toBe(true);
    for (const tab of ['Policy', 'Approvals', 'Audit', 'Devices']) expect(await page.getByRole('link', { name: tab }).isVisible(), tab).toBe(false);
    await shot(page, 'signin');
  });

  test('refuses a wrong token, then signs in with the admin token and shows the policy in force', async () => {
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

  test('shows validation errors inline with their lines, then publishes a valid version', async () => {
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

  test('marks the part of a changed line that differs in a policy diff', async () => {
    await page.getByLabel('Policy (YAML or JSON)').fill(holdPolicyYaml('Project Falcon', 300));
    await page.getByText('✓ valid policy').waitFor();
    await page.getByLabel('Comment').fill('longer hold');
    await page.getByRole('button', { name: 'Publish new version' }).click();
    await page.getByText('Published version 3.').waitFor();
    await page.locator('#history li', { hasText: 'longer hold' }).getByRole('button', { name: 'diff' }).click();
    await page.locator('#diff-title', { hasText: 'v2 → v3' }).waitFor();
    expect(await page.locator('#diff .del').allTextContents()).toEqual(['-   timeoutSeconds: 120\n']);
    expect(await page.locator('#diff .del mark').allTextContents()).toEqual(['12']);
    expect(await page.locator('#diff .add mark').allTextContents()).toEqual(['30']);
    await shot(page, 'policy-diff-within-line');
  });

  test('asks before restoring an older version, and publishes it only when confirmed', async () => {
    const latest = async () => (await server.services.policies.history(1))[0]!.version;
    const restoreV2 = page.locator('#history li', { hasText: 'hold Project Falcon' }).getByRole('button', { name: 'restore' });
    const dialog = page.getByRole('dialog', { name: 'Restore version 2?' });
    await restoreV2.click();
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('replacing version 3 on every gateway');
    await shot(page, 'policy-restore-confirm');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await restoreV2.click();
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await latest()).toBe(3);
    expect(await page.locator('#policy-status').textContent()).not.toContain('with the content of version 2');

    await restoreV2.click();
    await dialog.getByRole('button', { name: 'Restore version 2' }).click();
    await page.getByText('Published version 4 with the content of version 2.').waitFor();
    await page.getByText('in force: version 4').waitFor();
    expect(await latest()).toBe(4);
    expect((await server.services.policies.get(4)).text).toBe((await server.services.policies.get(2)).text);
  });

  test('says no device is enrolled yet, then lists the one enrolled with a code from the page', async () => {
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

  test('a new hold appears in the queue live, and approving it releases the prompt at the gateway', async () => {
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

  test('shows approvers the custom rule behind a hold and the placeholder of its match, never the matched text', async () => {
    const inspected = await gw.call<{ verdict: string; approvalId: string }>('POST', '/api/inspect', {
      body: inspectBody('Is Project Falcon still on schedule?', { conversationId: 'c2' }),
    });
    expect(inspected.body.verdict).toBe('hold');
    const card = page.locator('.approval', { hasText: 'henry@example.com' });
    await card.waitFor();
    const held = await server.services.approvals.list({ status: 'pending' });
    expect(held).toHaveLength(1);
    const placeholder = held[0]!.findings[0]!.placeholder;
    expect(placeholder).not.toBe('');
    expect(await card.locator('.chip').allTextContents()).toEqual([`custom rule codename → ${placeholder}`]);
    expect(await card.locator('blockquote').textContent()).toContain(placeholder);
    expect(await card.textContent()).not.toContain('Project Falcon');
    await shot(page, 'approvals-rule');

    await card.getByLabel('Reason').fill('codename stays internal');
    await card.getByRole('button', { name: 'Deny' }).click();
    await page.getByText('Nothing is waiting.').waitFor();
    expect(await settledApproval(gw, inspected.body.approvalId)).toMatchObject({ status: 'denied' });
    expect(await server.services.approvals.get(held[0]!.id)).toMatchObject({ status: 'denied', reason: 'codename stays internal' });
  });

  test('searches the audit trail', async () => {
    await gw.gateway.org.flushAudit();
    await expect.poll(() => server.services.audit.count(), { message: 'audit events' }).toBeGreaterThanOrEqual(2);
    await page.getByRole('link', { name: 'Audit' }).click();
    await page.locator('#audit-form').getByLabel('User').fill('henry@example.com');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('#audit-rows tr', { hasText: 'approval' }).first().waitFor();
    const rows = await page.locator('#audit-rows tr').allTextContents();
    expect(rows.some((row) => row.includes('HOLD') || row.includes('hold'))).toBe(true);
    expect(rows.join('\n')).not.toContain('Project Falcon');
    await shot(page, 'audit-search');
    expect(pageErrors).toEqual([]);
    expect(failedLoads).toEqual([]);
  });

  test('shows an audit trail longer than one page a page at a time', async () => {
    for (let n = 0; n < 60; n++) await server.services.audit.recordServerEvent({ requester: null, verdict: 'allow', text: `paging probe ${n}`, detail: {} });
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

  test('narrows the audit search by date range, finding type and device', async () => {
    await gw.gateway.org.flushAudit();
    const henry = (await server.services.devices.list()).find((device) => device.user === 'henry@example.com')!;
    const expected = () => server.services.audit.search({ findingType: 'custom:codename', deviceId: henry.id });
    await expect.poll(async () => (await expected()).length, { message: 'both holds in the audit trail' }).toBeGreaterThanOrEqual(2);
    const form = page.locator('#audit-form');
    const rows = page.locator('#audit-rows tr');
    const day = (offset: number) => {
      const date = new Date();
      date.setDate(date.getDate() + offset);
      return date.toLocaleDateString('en-CA');
    };
    const search = async () => {
      // The search replaces every row at once; wait for the answer to this search, not the last one.
      const answered = page.waitForResponse((response) => response.url().includes('/admin/audit?'));
      await page.getByRole('button', { name: 'Search' }).click();
      await answered;
    };
    await form.getByLabel('Search words').fill('');
    await form.getByLabel('Device').selectOption(henry.id);
    await form.getByLabel('Finding type').fill('custom:codename');
    await form.getByLabel('From date').fill(day(0));
    await form.getByLabel('Until date').fill(day(0));
    await search();
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe((await expected()).length);
    for (const row of await rows.allTextContents()) expect(row).toContain('custom:codename');
    expect((await rows.allTextContents()).join('\n')).not.toContain('Project Falcon');
    await shot(page, 'audit-filters');

    await form.getByLabel('From date').fill(day(1));
    await form.getByLabel('Until date').fill('');
    await search();
    await page.locator('#audit-rows', { hasText: 'No events match.' }).waitFor();
    await form.getByLabel('From date').fill('');
    await form.getByLabel('Until date').fill(day(-1));
    await search();
    await page.locator('#audit-rows', { hasText: 'No events match.' }).waitFor();

    await form.getByLabel('Until date').fill('');
    await form.getByLabel('Finding type').fill('github-pat');
    await search();
    await page.locator('#audit-rows', { hasText: 'No events match.' }).waitFor();

    await form.getByLabel('Finding type').fill('');
    await form.getByLabel('Device').selectOption('server');
    await form.getByLabel('Search words').fill('paging probe');
    await search();
    await expect.poll(() => rows.count()).toBe(50);
    for (const row of await rows.allTextContents()) expect(row).toContain('(server)');
    expect(pageErrors).toEqual([]);
  });

  test('revokes a device after confirmation: its gateway is shut out and the audit trail says who did it', async () => {
    const henry = async () => (await server.services.devices.list()).find((device) => device.user === 'henry@example.com')!;
    await gw.gateway.org.pullPolicy();
    expect(gw.gateway.org.status().policy.lastCheckOk).toBe(true);
    await page.getByRole('link', { name: 'Devices' }).click();
    const row = page.locator('#device-rows tr', { hasText: 'henry@example.com' });
    const dialog = page.getByRole('dialog', { name: `Revoke ${(await henry()).name}?` });
    await row.getByRole('button', { name: 'Revoke' }).click();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await henry()).revoked).toBe(false);

    await row.getByRole('button', { name: 'Revoke' }).click();
    await shot(page, 'device-revoke-confirm');
    await dialog.getByRole('button', { name: 'Revoke device' }).click();
    await page.getByText(`Revoked ${(await henry()).name} of henry@example.com.`).waitFor();
    await row.getByRole('cell', { name: 'revoked', exact: true }).waitFor();
    expect(await row.getByRole('button', { name: 'Revoke' }).count()).toBe(0);
    expect((await henry()).revoked).toBe(true);
    const admin = (await page.locator('#who').textContent())!.split(' · ')[0];
    const recorded = await server.services.audit.search({ deviceId: 'server', q: 'revoked' });
    expect(recorded.map((event) => event.detail)).toEqual([expect.objectContaining({ action: 'device-revoked', deviceId: (await henry()).id, by: admin })]);
    await gw.gateway.org.pullPolicy();
    expect(gw.gateway.org.status().policy.lastCheckOk).toBe(false);
  });

  test('rotates the signing key after confirmation, retiring a stolen one', async () => {
    const before = (await server.services.keys.active()).kid;
    const rotate = page.getByRole('button', { name: 'Rotate signing key' });
    await rotate.click();
    await page.getByRole('dialog', { name: 'Rotate the signing key?' }).getByRole('button', { name: 'Cancel' }).click();
    expect((await server.services.keys.active()).kid).toBe(before);

    await page.getByLabel(/may have been stolen/).check();
    await rotate.click();
    const dialog = page.getByRole('dialog', { name: 'Retire the signing key as stolen?' });
    await shot(page, 'key-rotate-confirm');
    await dialog.getByRole('button', { name: 'Retire and rotate' }).click();
    await page.locator('#key-status', { hasText: 'New signing key' }).waitFor();
    const after = (await server.services.keys.active()).kid;
    expect(after).not.toBe(before);
    expect(await server.services.keys.compromisedKids()).toContain(before);
    expect(await page.locator('#key-status').textContent()).toContain(
      `New signing key SHA256:${after}; policy version 4 re-signed with it. The old key is retired as compromised.`,
    );
    expect(await page.getByLabel(/may have been stolen/).isChecked()).toBe(false);
    expect(pageErrors).toEqual([]);
    expect(failedLoads).toEqual([]);
  });
});
