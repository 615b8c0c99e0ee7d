import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectBody, startTestGateway, type TestGateway } from './testing/test-gateway';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.stop());

describe('gateway security', () => {
  it('listens on loopback only', () => {
    expect(t.gateway.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('refuses a Host that is not its own (DNS rebinding)', async () => {
    for (const host of ['evil.example', `evil.example:${t.gateway.port}`, '127.0.0.1:1', `127.0.0.1.nip.io:${t.gateway.port}`]) {
      const response = await t.request('GET', '/api/health', { headers: { host }, token: null });
      expect(response.status, host).toBe(421);
    }
    for (const host of [`127.0.0.1:${t.gateway.port}`, `localhost:${t.gateway.port}`]) {
      expect((await t.request('GET', '/api/health', { headers: { host }, token: null })).status, host).toBe(200);
    }
  });

  it('refuses browser requests from web origins, on every route family', async () => {
    const origin = 'https://chatgpt.com';
    expect((await t.request('POST', '/api/inspect', { body: inspectBody('hi'), headers: { origin } })).status).toBe(403);
    expect((await t.request('POST', '/api/pair', { body: { code: 'ABCD-EFGH', name: 'x' }, headers: { origin }, token: null })).status).toBe(403);
    expect((await t.request('GET', '/ui/api/overview', { headers: { origin, cookie: await t.uiCookie() }, token: null })).status).toBe(403);
  });

  it('accepts the extension origin on the extension API, and the UI origin on the UI API', async () => {
    const inspect = await t.request('POST', '/api/inspect', { body: inspectBody('hi'), headers: { origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' } });
    expect(inspect.status).toBe(200);
    const ui = await t.request('GET', '/ui/api/overview', { headers: { origin: t.gateway.url, cookie: await t.uiCookie() }, token: null });
    expect(ui.status).toBe(200);
  });

  it('answers a missing, unknown, revoked or wrong-kind token with the same 401', async () => {
    const revoked = t.gateway.auth.tokens.create('extension', 'to revoke');
    t.gateway.auth.revoke('to revoke', 'extension');
    const bodies = new Set<string>();
    for (const token of [null, 'pg_ext_00000000000000000000000000000000', revoked, t.sdkToken]) {
      const response = await t.request('POST', '/api/inspect', { body: inspectBody('hi'), token });
      expect(response.status).toBe(401);
      bodies.add(response.body);
    }
    expect(bodies.size).toBe(1);
  });

  it('keeps the UI API behind the launch secret', async () => {
    expect((await t.request('GET', '/ui/api/overview', { token: null })).status).toBe(401);
    expect((await t.request('GET', '/ui/api/overview', { token: null, headers: { cookie: 'promptgate_ui=guess' } })).status).toBe(401);
    expect((await t.request('GET', '/ui/?key=wrong', { token: null })).status).toBe(401);
  });

  it('refuses oversized bodies with 413 and keeps serving', async () => {
    const big = JSON.stringify(inspectBody('x'.repeat(5 * 1024 * 1024)));
    const response = await t.request('POST', '/api/inspect', { rawBody: big });
    expect(response.status).toBe(413);
    expect(response.json()).toMatchObject({ error: { code: 'body_too_large' } });
    expect((await t.request('GET', '/api/health', { token: null })).status).toBe(200);
  });

  it('names the offending field of an invalid body', async () => {
    const response = await t.request('POST', '/api/inspect', { body: { ...inspectBody('hi'), segments: [{ id: 'a', kind: 'letter', text: 'x' }] } });
    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'invalid_request', path: 'segments[0].kind' } });
    const notJson = await t.request('POST', '/api/inspect', { rawBody: '{"source":', headers: { 'content-type': 'application/json' } });
    expect(notJson.json()).toMatchObject({ error: { code: 'invalid_json' } });
    const wrongType = await t.request('POST', '/api/inspect', { rawBody: 'text', headers: { 'content-type': 'text/plain' } });
    expect(wrongType.status).toBe(415);
  });

  it('never crashes on malformed input (fuzz)', async () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
    const values = (): unknown => pick([null, 0, -1, 1e308, '', 'x'.repeat(300), [], {}, true, [{}], { id: 1 }, '\u0000', '💥'.repeat(10)]);
    const routes = ['/api/inspect', '/api/choice', '/api/restore', '/api/pair'];
    for (let i = 0; i < 300; i++) {
      const base: Record<string, unknown> = { ...inspectBody('token ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u') };
      const field = pick(['source', 'conversationId', 'segments', 'eventId', 'choice', 'code', 'text', 'extra']);
      base[field] = values();
      const kind = i % 4;
      const rawBody =
        kind === 0
          ? JSON.stringify(base)
          : kind === 1
            ? JSON.stringify(values())
            : kind === 2
              ? Buffer.from(Array.from({ length: 64 }, () => Math.floor(random() * 256)))
              : '['.repeat(2000) + ']'.repeat(2000);
      const response = await t.request('POST', pick(routes), { rawBody, headers: { 'content-type': 'application/json' } });
      expect(response.status, `request ${i}`).toBeGreaterThanOrEqual(200);
      expect(response.status, `request ${i}`).toBeLessThan(500);
    }
    expect((await t.request('GET', '/api/health', { token: null })).status).toBe(200);
  });

  it('answers unknown routes and methods with 404 and 405', async () => {
    expect((await t.request('GET', '/api/nothing')).status).toBe(404);
    expect((await t.request('GET', '/api/inspect')).status).toBe(405);
  });
});
