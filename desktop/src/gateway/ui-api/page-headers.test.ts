import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../testing/test-gateway';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.stop());

describe('the local UI pages', () => {
  it('are served to this origin only, never framed, and not upgraded to an HTTPS the gateway does not speak', async () => {
    const response = await fetch(`${t.url}/ui/`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('refuse guessed link keys once a burst of wrong ones is spent, the right one included, while the rest of the gateway keeps answering', async () => {
    const right = new URL(t.uiUrl);
    for (let i = 0; i < 20; i++) expect((await fetch(`${t.url}/ui/?key=wrong-${i}`, { redirect: 'manual' })).status).toBe(401);
    const throttled = await fetch(`${t.url}/ui/?key=wrong-20`, { redirect: 'manual' });
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await throttled.json()).toMatchObject({ error: { code: 'too_many_attempts' } });
    expect((await fetch(right, { redirect: 'manual' })).status).toBe(429);
    expect((await fetch(`${t.url}/api/health`)).status).toBe(200);
  });
});
