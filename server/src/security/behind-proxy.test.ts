import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server';

let t: TestServer | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function wrongCodeFrom(server: TestServer, forwardedFor: string): Promise<number> {
  const response = await fetch(`${server.server.url}/v1/enroll`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ code: 'WRONG-CODE', deviceName: 'laptop' }),
  });
  await response.arrayBuffer();
  return response.status;
}

describe('guessing limits behind a reverse proxy', () => {
  it('count each client by the address the proxy forwarded, so one guesser does not shut out everyone behind the proxy', async () => {
    t = await startTestServer({ behindProxy: true });
    for (let i = 0; i < 20; i++) expect(await wrongCodeFrom(t, '203.0.113.9')).toBe(403);
    expect(await wrongCodeFrom(t, '203.0.113.9')).toBe(429);
    // Another client of the same proxy is not throttled, and a client cannot pick its address: the proxy's entry is the last.
    expect(await wrongCodeFrom(t, '198.51.100.7')).toBe(403);
    expect(await wrongCodeFrom(t, '198.51.100.7, 203.0.113.9')).toBe(429);
  });

  it('ignore the header on a server that is not behind one, so a guesser cannot escape by making addresses up', async () => {
    t = await startTestServer();
    for (let i = 0; i < 20; i++) expect(await wrongCodeFrom(t, `203.0.113.${i}`)).toBe(403);
    expect(await wrongCodeFrom(t, '198.51.100.7')).toBe(429);
  });
});
