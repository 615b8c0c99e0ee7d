import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../testing/test-gateway';
import { loadOrCreateUiLinkKey } from './key';
import { UI_LINK_PATHS, uiLinkProof } from './protocol';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.stop());

async function challenge(headers: Record<string, string> = {}): Promise<string> {
  const response = await t.request('POST', UI_LINK_PATHS.challenge, { token: null, body: {}, headers });
  expect(response.status).toBe(200);
  return response.json<{ challenge: string }>().challenge;
}

const askForLink = (body: { challenge: string; proof: string }) => t.request('POST', UI_LINK_PATHS.link, { token: null, body });

describe('a new UI link for a program holding the data directory key', () => {
  it('answers each challenge once, with a link that opens the UI', async () => {
    const key = loadOrCreateUiLinkKey(t.dataDir);
    const open = await challenge();
    const proof = uiLinkProof(key, t.gateway.url, open);
    const first = await askForLink({ challenge: open, proof });
    expect(first.status).toBe(200);
    const link = new URL(first.json<{ url: string }>().url);
    expect(`${link.origin}${link.pathname}`).toBe(`${t.gateway.url}/ui/`);
    expect((await t.request('GET', link.pathname + link.search, { token: null })).status).toBe(303);
    expect((await askForLink({ challenge: open, proof })).status).toBe(401);
  });

  it('refuses a proof made with another key, or for another port, and spends the challenge on it', async () => {
    const key = loadOrCreateUiLinkKey(t.dataDir);
    const wrongKey = await challenge();
    expect((await askForLink({ challenge: wrongKey, proof: uiLinkProof(Buffer.alloc(32, 7), t.gateway.url, wrongKey) })).status).toBe(401);
    expect((await askForLink({ challenge: wrongKey, proof: uiLinkProof(key, t.gateway.url, wrongKey) })).status).toBe(401);
    const otherPort = await challenge();
    expect((await askForLink({ challenge: otherPort, proof: uiLinkProof(key, `http://127.0.0.1:${t.gateway.port + 1}`, otherPort) })).status).toBe(401);
  });

  it('refuses browsers, even on pages of its own origin', async () => {
    const browsers: Array<Record<string, string>> = [{ origin: t.gateway.url }, { 'sec-fetch-site': 'same-origin' }, { origin: 'chrome-extension://abcdefghijklmnop' }];
    for (const headers of browsers) {
      expect((await t.request('POST', UI_LINK_PATHS.challenge, { token: null, body: {}, headers })).status).toBe(403);
    }
  });
});

describe('a new UI link for the paired extension', () => {
  const askAsExtension = (token: string | null, headers: Record<string, string> = {}) => t.request('POST', UI_LINK_PATHS.extension, { token, headers });

  it('gives the extension a link that signs one browser into the UI, once', async () => {
    const answer = await askAsExtension(t.extensionToken, { origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' });
    expect(answer.status).toBe(200);
    const link = new URL(answer.json<{ url: string }>().url);
    expect(`${link.origin}${link.pathname}`).toBe(`${t.gateway.url}/ui/`);
    const opened = await t.request('GET', link.pathname + link.search, { token: null });
    expect(opened.status).toBe(303);
    expect(String(opened.headers['set-cookie'])).toContain(`promptgate_ui_${t.gateway.port}=`);
    expect((await t.request('GET', link.pathname + link.search, { token: null })).headers['set-cookie']).toBeUndefined();
  });

  it('refuses callers without an extension token, and web pages whatever token they hold', async () => {
    expect((await askAsExtension(null)).status).toBe(401);
    expect((await askAsExtension(t.sdkToken)).status).toBe(401);
    expect((await askAsExtension(t.extensionToken, { origin: 'https://chatgpt.com' })).status).toBe(403);
  });
});
