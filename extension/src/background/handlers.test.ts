import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { InspectResponse } from '@promptgate/shared';
import { dispatchMessage } from '../messages/handle';
import { forgetSettings } from '../settings/effective';
import { cachedPolicyItem, tokenItem } from '../settings/items';
import { countsSettled } from './tab-counts';
import { handlers } from './handlers';

const GITHUB = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';
const request = { url: 'https://chatgpt.com/c/1', conversationId: 'c1', segments: [{ id: 'prompt', kind: 'prompt' as const, text: `key ${GITHUB}` }] };
const sender = { tabId: 7, url: 'https://chatgpt.com/c/1' };

function gatewayAnswer(verdict: InspectResponse['verdict'], failMode: 'closed' | 'open' = 'closed'): InspectResponse {
  return {
    eventId: 'e1',
    verdict,
    segments: [{ id: 'prompt', text: 'key [GITHUB_PAT_1]' }],
    findings: [],
    reasons: [],
    policy: { name: 'p', version: 3, source: 'file', failMode, restoreResponses: true },
  };
}

const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  fakeBrowser.reset();
  forgetSettings();
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  // These tests follow the HTTP path; the channel has its own (gateway-channel.test.ts).
  vi.stubGlobal(
    'WebSocket',
    class {
      constructor() {
        throw new Error('no channel in these tests');
      }
    },
  );
});

describe('inspect through the background', () => {
  it('asks the gateway with the token and the sending tab\u2019s site, caches the fail mode, counts the verdict', async () => {
    await tokenItem.setValue('tok');
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify(gatewayAnswer('redact'))));
    const outcome = await dispatchMessage(handlers, { promptgate: 'inspect', payload: request }, sender);
    expect(outcome).toMatchObject({ kind: 'gateway', response: { verdict: 'redact' } });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('http://127.0.0.1:8787/api/inspect');
    expect((init?.headers as Record<string, string>)['authorization']).toBe('Bearer tok');
    expect(JSON.parse(init?.body as string)).toMatchObject({ source: { site: 'chatgpt.com' }, conversationId: 'c1' });
    expect(await cachedPolicyItem.getValue()).toMatchObject({ version: 3, failMode: 'closed' });
    await countsSettled();
    expect((await handlers.status({ tabId: 7 }, {})).counts).toEqual({ redact: 1 });
  });

  it('fails closed by default: a gateway that is not running means nothing may be sent', async () => {
    await tokenItem.setValue('tok');
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect(await handlers.inspect(request, sender)).toEqual({ kind: 'unavailable', reason: 'not-running' });
  });

  it('reports "not paired" without a token, and for a token the gateway refuses', async () => {
    expect(await handlers.inspect(request, sender)).toEqual({ kind: 'unavailable', reason: 'not-paired' });
    expect(fetchMock).not.toHaveBeenCalled();
    await tokenItem.setValue('revoked');
    forgetSettings();
    fetchMock.mockResolvedValueOnce(new Response('{"error":{"code":"unauthorized","message":"no"}}', { status: 401 }));
    expect(await handlers.inspect(request, sender)).toEqual({ kind: 'unavailable', reason: 'not-paired' });
  });

  it('fails open only when the cached policy says so, and then redacts locally: the secret never goes out', async () => {
    await tokenItem.setValue('tok');
    await cachedPolicyItem.setValue({ name: 'p', version: 3, failMode: 'open', restoreResponses: true });
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const outcome = await handlers.inspect(request, sender);
    expect(outcome.kind).toBe('local');
    if (outcome.kind !== 'local') return;
    expect(outcome.response.verdict).toBe('redact');
    expect(outcome.response.segments[0]!.text).toBe('key [GITHUB_PAT_1]');
    expect(JSON.stringify(outcome)).not.toContain(GITHUB);
  });

  it('lets an admin\u2019s managed fail mode win over the cached one', async () => {
    await tokenItem.setValue('tok');
    await cachedPolicyItem.setValue({ name: 'p', version: 3, failMode: 'open', restoreResponses: true });
    await fakeBrowser.storage.managed.set({ failMode: 'closed' });
    forgetSettings();
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect(await handlers.inspect(request, sender)).toEqual({ kind: 'unavailable', reason: 'not-running' });
  });
});

describe('messages', () => {
  it('ignores messages that are not promptgate envelopes', () => {
    expect(dispatchMessage(handlers, { type: 'other' }, {})).toBeUndefined();
    expect(dispatchMessage(handlers, { promptgate: 'toString', payload: {} }, {})).toBeUndefined();
  });

  it('pairs with a code, storing the token and the gateway URL', async () => {
    fetchMock.mockResolvedValueOnce(new Response('{"token":"new-token"}'));
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ name: 'p', version: 1, failMode: 'closed', restoreResponses: true, policy: {} })));
    expect(await handlers.pair({ code: ' 123-456 ', gatewayUrl: 'http://127.0.0.1:9999/' }, {})).toEqual({ ok: true });
    expect(fetchMock.mock.calls[0]![0]).toBe('http://127.0.0.1:9999/api/pair');
    expect(JSON.parse(fetchMock.mock.calls[0]![1]?.body as string)).toMatchObject({ code: '123-456' });
    expect(await tokenItem.getValue()).toBe('new-token');
  });

  it('refuses pairing asked for by a content script', async () => {
    expect(await handlers.pair({ code: '123-456' }, sender)).toMatchObject({ ok: false });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('leaves replies alone when policy turned restoring off', async () => {
    await tokenItem.setValue('tok');
    await cachedPolicyItem.setValue({ name: 'p', version: 3, failMode: 'closed', restoreResponses: false });
    expect(await handlers.restore({ conversationId: 'c1', text: 'use [GITHUB_PAT_1]' }, sender)).toEqual({ text: 'use [GITHUB_PAT_1]' });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
