import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatchMessage } from '../messages/handle';
import { forgetSettings } from '../settings/effective';
import { tokenItem } from '../settings/items';
import { handlers } from './handlers';

const fetchMock = vi.fn<typeof fetch>();
const askForLink = () => dispatchMessage(handlers, { promptgate: 'uiLink', payload: {} }, { url: 'chrome-extension://abc/popup.html' });

beforeEach(() => {
  fakeBrowser.reset();
  forgetSettings();
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});

describe('a signed-in link to the promptgate window, for the popup', () => {
  it('asks the gateway with the pairing token and hands back its single-use link', async () => {
    await tokenItem.setValue('tok');
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ url: 'http://127.0.0.1:8787/ui/?key=abc' })));
    expect(await askForLink()).toEqual({ url: 'http://127.0.0.1:8787/ui/?key=abc' });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('http://127.0.0.1:8787/api/ui-link/extension');
    expect(init?.method).toBe('POST');
    expect((init?.headers as Record<string, string>)['authorization']).toBe('Bearer tok');
  });

  it('says to pair first when this browser is not paired, without asking the gateway', async () => {
    expect(await askForLink()).toEqual({ message: expect.stringMatching(/not paired.*pairing code/) });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says promptgate is not running when the gateway does not answer', async () => {
    await tokenItem.setValue('tok');
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect(await askForLink()).toEqual({ message: expect.stringMatching(/not running on this computer/) });
  });

  it('opens nothing but the local UI, whatever the answer names', async () => {
    await tokenItem.setValue('tok');
    for (const url of ['https://evil.example/ui/?key=abc', 'http://127.0.0.1:8787/admin/?key=abc', 'http://127.0.0.1:8787/ui/', 'javascript:alert(1)']) {
      fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ url })));
      expect(await askForLink()).toEqual({ message: expect.stringMatching(/nothing was opened/) });
    }
  });
});
