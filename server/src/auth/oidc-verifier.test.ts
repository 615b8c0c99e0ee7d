import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_AUDIENCE, startTestIdp, type TestIdp } from '../../../test/org/idp';
import { startTestServer, type TestServer } from '../testing/test-server';

/** The test IdP issues tokens valid for 600 s. */
const TOKEN_TTL_MS = 600_000;

describe('OIDC tokens (a real OpenID provider)', () => {
  let idp: TestIdp;
  let careless: TestIdp;
  let t: TestServer;
  let ahead = 0;

  beforeAll(async () => {
    idp = await startTestIdp();
    careless = await startTestIdp({ tokensWithoutExp: true });
    t = await startTestServer({ oidc: { issuer: idp.issuer, audience: SERVER_AUDIENCE }, now: () => Date.now() + ahead });
  });
  afterAll(async () => {
    await t?.close();
    await idp?.stop();
    await careless?.stop();
  });

  it('refuses a correctly signed token that has no exp', async () => {
    const server = await startTestServer({ oidc: { issuer: careless.issuer, audience: SERVER_AUDIENCE } });
    try {
      const refused = await server.call<{ error: { message: string } }>('GET', '/admin/me', { token: await careless.token('admin-cli') });
      expect(refused.status).toBe(401);
      expect(refused.body.error.message).toMatch(/"exp" claim/);
    } finally {
      await server.close();
    }
  });

  it('allows a small clock skew past exp, and no more', async () => {
    const token = await idp.token('admin-cli');
    ahead = 0;
    expect((await t.call('GET', '/admin/me', { token })).status).toBe(200);
    ahead = TOKEN_TTL_MS + 30_000;
    expect((await t.call('GET', '/admin/me', { token })).status).toBe(200);
    ahead = TOKEN_TTL_MS + 5 * 60_000;
    const expired = await t.call<{ error: { message: string } }>('GET', '/admin/me', { token });
    expect(expired.status).toBe(401);
    expect(expired.body.error.message).toMatch(/exp/);
  });
});
