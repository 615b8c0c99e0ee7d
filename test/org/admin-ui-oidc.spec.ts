import { expect, test } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page } from '@playwright/test';
import { serveOptions } from '../../server/src/cli/serve-command';
import { startServer, type RunningServer } from '../../server/src/start';
import { listenBrowserIdp, UI_CLIENT_ID, type BrowserIdp } from './browser-idp';
import { SERVER_AUDIENCE } from './idp';

/** Signing in to the admin UI with a real OpenID provider: code flow with PKCE, in Chromium. */
test.describe('admin web UI sign-in with the identity provider', () => {
  let idp: BrowserIdp;
  let server: RunningServer;
  let serverDir: string;
  let browser: Browser;
  const pageErrors: string[] = [];

  async function freshPage(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    // Waits are hang protection only: a loaded machine may take long to render, and that is not a failure.
    context.setDefaultTimeout(60_000);
    // The IdP's development pages link a web font; this test machine has no internet.
    await context.route('https://fonts.googleapis.com/**', (route) => route.abort());
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return { context, page };
  }

  /** The IdP's own login and consent pages, as a person would use them. */
  async function signInAtIdp(page: Page, login: string) {
    await page.getByRole('button', { name: 'Sign in with your identity provider' }).click();
    await page.waitForURL(`${idp.issuer}/**`);
    await page.getByPlaceholder('Enter any login').fill(login);
    await page.getByPlaceholder('and password').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
  }

  test.beforeAll(async ({ browser: launched }) => {
    idp = await listenBrowserIdp();
    serverDir = await mkdtemp(join(tmpdir(), 'pg-server-ui-oidc-'));
    server = await startServer({
      port: 0,
      dataDir: serverDir,
      oidc: { issuer: idp.issuer, audience: SERVER_AUDIENCE, uiClientId: UI_CLIENT_ID },
      onError: (error) => pageErrors.push(`server: ${String(error)}`),
    });
    idp.serve(`${server.url}/admin/ui/`);
    browser = launched;
  });

  test.afterAll(async () => {
    await server?.close();
    await idp?.stop();
    await rm(serverDir, { recursive: true, force: true });
  });

  test('tells the page which IdP and client to use, and lets the page reach only that IdP', async () => {
    const response = await fetch(`${server.url}/admin/ui/sign-in.json`);
    expect(await response.json()).toEqual({ oidc: { issuer: idp.issuer, clientId: UI_CLIENT_ID } });
    const csp = (await fetch(`${server.url}/admin/ui/`)).headers.get('content-security-policy');
    expect(csp).toContain(`connect-src 'self' ${idp.issuer};`);
  });

  test('keeps the token paste, and the page to itself, on a server without an IdP client for the UI', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-server-ui-quick-'));
    const quick = await startServer({ port: 0, dataDir: dir });
    try {
      expect(await (await fetch(`${quick.url}/admin/ui/sign-in.json`)).json()).toEqual({ oidc: null });
      expect((await fetch(`${quick.url}/admin/ui/`)).headers.get('content-security-policy')).toContain("connect-src 'self';");
    } finally {
      await quick.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('takes the UI client id from --oidc-ui-client-id, and only with an issuer', () => {
    const options = serveOptions(['--oidc-issuer', 'https://login.example.com', '--oidc-audience', 'pg', '--oidc-ui-client-id', 'pg-ui'], {});
    expect(options.oidc).toMatchObject({ issuer: 'https://login.example.com', uiClientId: 'pg-ui' });
    expect(() => serveOptions(['--oidc-ui-client-id', 'pg-ui'], {})).toThrow('--oidc-ui-client-id needs --oidc-issuer');
  });

  test('signs in at the IdP, lands back signed in on the policy view, and signs out', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${server.url}/admin/ui/`);
    await page.getByRole('button', { name: 'Sign in with your identity provider' }).waitFor();
    // With an IdP for the UI there is no token to paste, and no tabs before sign-in.
    expect(await page.getByLabel('Token').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Policy' }).isVisible()).toBe(false);

    const authorize = page.waitForRequest((request) => request.url().startsWith(`${idp.issuer}/auth?`));
    await signInAtIdp(page, 'admin@example.com');
    const authorizeUrl = new URL((await authorize).url());
    expect(authorizeUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorizeUrl.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorizeUrl.searchParams.get('redirect_uri')).toBe(`${server.url}/admin/ui/`);

    await page.getByText('in force: version 1 by promptgate').waitFor();
    expect(await page.locator('#who').textContent()).toBe('admin@example.com · admin');
    expect(await page.getByLabel('Policy (YAML or JSON)').inputValue()).toContain('promptgate default');
    // The code is gone from the address bar; the token is in this tab's session storage only.
    expect(new URL(page.url()).search).toBe('');
    const stored = await page.evaluate(() => ({ session: sessionStorage.getItem('pg-admin-token'), local: localStorage.length }));
    expect(stored.session).toMatch(/^ey[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(stored.local).toBe(0);
    // The token is the IdP's, and the server takes it as a bearer like any other.
    const me = await fetch(`${server.url}/admin/me`, { headers: { authorization: `Bearer ${stored.session}` } });
    expect(await me.json()).toMatchObject({ name: 'admin@example.com', roles: ['admin'] });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in with your identity provider' }).waitFor();
    expect(await page.getByRole('link', { name: 'Policy' }).isVisible()).toBe(false);
    expect(await page.evaluate(() => sessionStorage.getItem('pg-admin-token'))).toBeNull();
    await context.close();
  });

  test('refuses an answer whose state is not the one this tab sent, without trading its code', async () => {
    const { context, page } = await freshPage();
    const tokenRequests: string[] = [];
    const forgedCodes: string[] = [];
    page.on('request', (request) => void (request.url().startsWith(`${idp.issuer}/token`) && tokenRequests.push(request.url())));
    // A forged redirect back: the IdP's real code, with someone else's state.
    // The IdP's own redirect back, with its real code but someone else's state: what a forged link would carry.
    // The browser follows redirects without asking the route again, so the IdP's redirects are followed here.
    await page.route(`${idp.issuer}/**`, async (route) => {
      let response = await route.fetch({ maxRedirects: 0 });
      let location = response.headers()['location'];
      while (location?.startsWith(idp.issuer)) {
        response = await page.context().request.get(location, { maxRedirects: 0 });
        location = response.headers()['location'];
      }
      if (!location?.startsWith(`${server.url}/admin/ui/?`)) return route.fulfill({ response });
      const answer = new URL(location);
      forgedCodes.push(answer.searchParams.get('code') ?? '');
      answer.searchParams.set('state', 'forged');
      await route.fulfill({ status: 303, headers: { location: answer.href } });
    });
    await page.goto(`${server.url}/admin/ui/`);
    await signInAtIdp(page, 'admin@example.com');
    await page.getByText('its state does not match').waitFor();
    expect(await page.getByRole('link', { name: 'Policy' }).isVisible()).toBe(false);
    expect(await page.evaluate(() => sessionStorage.getItem('pg-admin-token'))).toBeNull();
    expect(forgedCodes).toEqual([expect.stringMatching(/\S/)]);
    expect(tokenRequests).toEqual([]);
    await context.close();
  });

  test('says in words when the IdP does not sign the person in', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${server.url}/admin/ui/`);
    await page.getByRole('button', { name: 'Sign in with your identity provider' }).click();
    await page.waitForURL(`${idp.issuer}/**`);
    await page.getByRole('link', { name: /Cancel/ }).click();
    await page.getByText('The identity provider did not sign you in: End-User aborted interaction (access_denied).').waitFor();
    expect(await page.getByRole('link', { name: 'Policy' }).isVisible()).toBe(false);
    await context.close();
  });

  test('shows a person the IdP signs in without an admin or approver group that they have no access', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${server.url}/admin/ui/`);
    await signInAtIdp(page, 'staff@example.com');
    await page.getByText('You are signed in, but not allowed in here: this needs the approver role.').waitFor();
    expect(await page.getByRole('link', { name: 'Policy' }).isVisible()).toBe(false);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
