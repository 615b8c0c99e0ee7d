import { describe, expect, it, vi } from 'vitest';
import { openLocalUi } from './open-local-ui';

function deps(answer: () => Promise<{ url: string } | { message: string }>) {
  const shown: string[] = [];
  const openTab = vi.fn(async (_url: string) => undefined);
  return { shown, openTab, deps: { askForLink: answer, openTab, show: (text: string) => shown.push(text) } };
}

describe('the popup\u2019s link to the promptgate window', () => {
  it('opens the single-use link the background got, in a new tab', async () => {
    const t = deps(async () => ({ url: 'http://127.0.0.1:8787/ui/?key=one' }));
    expect(await openLocalUi(t.deps)).toBe(true);
    expect(t.openTab).toHaveBeenCalledWith('http://127.0.0.1:8787/ui/?key=one');
    expect(t.shown.filter(Boolean)).toEqual([]);
  });

  it('asks for a new link on every click: a link signs in once', async () => {
    let n = 0;
    const t = deps(async () => ({ url: `http://127.0.0.1:8787/ui/?key=${++n}` }));
    await openLocalUi(t.deps);
    await openLocalUi(t.deps);
    expect(t.openTab.mock.calls.map(([url]) => url)).toEqual(['http://127.0.0.1:8787/ui/?key=1', 'http://127.0.0.1:8787/ui/?key=2']);
  });

  it('opens no tab and says why when there is no link', async () => {
    const t = deps(async () => ({ message: 'promptgate is not running on this computer.' }));
    expect(await openLocalUi(t.deps)).toBe(false);
    expect(t.openTab).not.toHaveBeenCalled();
    expect(t.shown.at(-1)).toBe('promptgate is not running on this computer.');
  });

  it('says so when the background cannot be asked', async () => {
    const t = deps(() => Promise.reject(new Error('Could not establish connection')));
    expect(await openLocalUi(t.deps)).toBe(false);
    expect(t.openTab).not.toHaveBeenCalled();
    expect(t.shown.at(-1)).toMatch(/could not open its window.*Could not establish connection/);
  });
});
