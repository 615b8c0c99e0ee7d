import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetSettings } from '../settings/effective';
import { tokenItem } from '../settings/items';
import { handlers } from './handlers';
import { noteUnrecognised, pageLoading, REPORT_WINDOW_MS } from './tab-health';

const sender = { tabId: 7, url: 'https://chatgpt.com/c/1' };
const report = { control: 'composer' as const, selectors: ['#prompt-textarea', 'div.ProseMirror'] };
const fetchMock = vi.fn<typeof fetch>();

beforeEach(async () => {
  fakeBrowser.reset();
  forgetSettings();
  fetchMock.mockReset();
  fetchMock.mockImplementation(async () => new Response('{"recorded":true}'));
  vi.stubGlobal('fetch', fetchMock);
  await tokenItem.setValue('tok');
});

describe('a page promptgate cannot see', () => {
  it('is reported to the gateway with the site, the control and the selectors tried, and shown as degraded in the popup', async () => {
    expect(await handlers.siteUnrecognised(report, sender)).toEqual({ reported: true });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('http://127.0.0.1:8787/api/site-unrecognised');
    expect(JSON.parse(init?.body as string)).toMatchObject({ site: 'chatgpt.com', control: 'composer', selectors: report.selectors, extensionVersion: expect.any(String) });
    expect((await handlers.status({ tabId: 7 }, {})).degraded).toEqual(['composer']);
    expect((await handlers.status({ tabId: 8 }, {})).degraded).toEqual([]);
  });

  it('is reported once per tab, site and control in the window, however often the page fails', async () => {
    for (let i = 0; i < 5; i++) await handlers.siteUnrecognised(report, sender);
    await handlers.siteUnrecognised({ ...report, control: 'send-button' }, sender);
    await handlers.siteUnrecognised(report, { ...sender, tabId: 9 });
    const bodies = fetchMock.mock.calls
      .filter(([url]) => (url as string).endsWith('/api/site-unrecognised'))
      .map(([, init]) => JSON.parse(init?.body as string) as { control: string });
    expect(bodies.map((body) => body.control)).toEqual(['composer', 'send-button', 'composer']);
  });

  it('may be reported again after the window', async () => {
    const start = 1_000_000;
    expect(await noteUnrecognised(7, 'chatgpt.com', 'composer', start)).toBe(true);
    expect(await noteUnrecognised(7, 'chatgpt.com', 'composer', start + REPORT_WINDOW_MS - 1)).toBe(false);
    expect(await noteUnrecognised(7, 'chatgpt.com', 'composer', start + REPORT_WINDOW_MS)).toBe(true);
  });

  it('is tried again on the next failure when the gateway could not be told', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect(await handlers.siteUnrecognised(report, sender)).toEqual({ reported: false });
    expect(await handlers.siteUnrecognised(report, sender)).toEqual({ reported: true });
  });

  it('stops showing as degraded once the tab loads another page', async () => {
    await handlers.siteUnrecognised(report, sender);
    await pageLoading(7);
    expect((await handlers.status({ tabId: 7 }, {})).degraded).toEqual([]);
  });
});
