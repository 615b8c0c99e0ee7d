import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './testing/test-gateway';
import { UiSessions } from './ui-sessions';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.stop());

/** Opens a printed link as a browser would; returns the answer and the cookie it set. */
async function open(link: string, headers: Record<string, string> = {}) {
  const url = new URL(link);
  const response = await t.request('GET', url.pathname + url.search, { token: null, headers });
  return { status: response.status, cookie: String(response.headers['set-cookie'] ?? '').split(';')[0]!, body: response.body };
}

const overview = (headers: Record<string, string>) => t.request('GET', '/ui/api/overview', { token: null, headers });

describe('logging in to the local UI', () => {
  it('opens a printed link once; the session it starts works, the link does not work again', async () => {
    const link = t.gateway.uiUrl;
    const first = await open(link);
    expect(first.status).toBe(303);
    expect(first.cookie).toMatch(new RegExp(`^promptgate_ui_${t.gateway.port}=`));
    expect((await overview({ cookie: first.cookie })).status).toBe(200);
    const again = await open(link);
    expect(again.status).toBe(401);
    expect(again.body).toMatch(/already used/);
    expect(again.cookie).toBe('');
  });

  it('lets the browser it logged in open the spent link again without a new session (a desktop window)', async () => {
    const link = t.gateway.uiUrl;
    const { cookie } = await open(link);
    const again = await open(link, { cookie });
    expect(again.status).toBe(303);
    expect(again.cookie).toBe('');
  });

  it('refuses the link key as the cookie: the session is a value of its own', async () => {
    const link = t.gateway.uiUrl;
    const key = new URL(link).searchParams.get('key')!;
    const name = `promptgate_ui_${t.gateway.port}`;
    expect((await overview({ cookie: `${name}=${key}` })).status).toBe(401);
    const { cookie } = await open(link);
    expect(cookie).not.toContain(key);
    expect((await overview({ cookie: `${name}=${key}` })).status).toBe(401);
  });

  it("refuses the session cookie on a request from another local server's page", async () => {
    const { cookie } = await open(t.gateway.uiUrl);
    const elsewhere = 'http://127.0.0.1:3000';
    expect((await overview({ cookie, origin: elsewhere })).status).toBe(403);
    // A plain GET (an image, a navigation) carries no Origin, but the browser names it same-site, not same-origin.
    expect((await overview({ cookie, 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await overview({ cookie, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await overview({ cookie, origin: t.gateway.url, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });
});

describe('UI sessions', () => {
  it('end once unused for the idle time, and last while they are used', () => {
    let now = 0;
    const sessions = new UiSessions({ port: () => 8787, idleMs: 1000, now: () => now });
    const redeemed = sessions.redeem(sessions.issueLinkKey());
    if (!('session' in redeemed)) throw new Error('a new link was refused');
    now = 900;
    expect(sessions.verify(redeemed.session)).toBe(true);
    now = 1800;
    expect(sessions.verify(redeemed.session)).toBe(true);
    now = 2801;
    expect(sessions.verify(redeemed.session)).toBe(false);
    expect(sessions.redeem('never issued')).toEqual({ refused: 'unknown' });
  });
});
