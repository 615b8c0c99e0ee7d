import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Response, TabStatus } from '../messages/protocol';
import type { EffectiveSettings } from '../settings/effective';
import { startOptionsPage, type OptionsPageDeps } from './options-page';

const PAGE = readFileSync(join(import.meta.dirname, '../../entrypoints/options/index.html'), 'utf8');
const STORED: EffectiveSettings = { gatewayUrl: 'http://127.0.0.1:8787', token: null, failMode: 'closed', policy: null, locked: false };
const UNPAIRED: TabStatus = { connected: false, paired: false, gatewayUrl: STORED.gatewayUrl, counts: {}, degraded: [] };

const field = (id: string) => document.getElementById(id) as HTMLInputElement;
const text = (id: string) => document.getElementById(id)!.textContent;

/** What a person does: types into a field the way the browser reports it. */
function type(id: string, value: string): void {
  field(id).value = value;
  field(id).dispatchEvent(new Event('input', { bubbles: true }));
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function deps(overrides: Partial<OptionsPageDeps> = {}): OptionsPageDeps {
  return { settings: async () => STORED, status: async () => UNPAIRED, pair: async () => ({ ok: true }), ...overrides };
}

beforeEach(() => {
  // The page's own markup, without its script and stylesheet (the test drives the module itself).
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(PAGE)![1]!.replace(/<script[\s\S]*?<\/script>/g, '');
});

describe('the options page while it loads', () => {
  it('keeps its fields disabled until the stored settings are in, then shows them', async () => {
    const settings = deferred<EffectiveSettings>();
    const started = startOptionsPage(document, deps({ settings: () => settings.promise }));
    expect([field('gateway-url').disabled, field('code').disabled, field('pair-button').disabled]).toEqual([true, true, true]);
    settings.resolve({ ...STORED, gatewayUrl: 'http://127.0.0.1:9100' });
    await started;
    expect(field('gateway-url').value).toBe('http://127.0.0.1:9100');
    expect([field('gateway-url').disabled, field('code').disabled, field('pair-button').disabled]).toEqual([false, false, false]);
  });

  it('lets the person type before the gateway answered the status', async () => {
    await startOptionsPage(document, deps({ status: () => new Promise<TabStatus>(() => undefined) }));
    expect(field('code').disabled).toBe(false);
    expect(text('connection')).toBe('Checking…');
  });

  it('keeps the URL the person typed when pairing fails and the page reloads its settings', async () => {
    const pair = vi.fn(async (): Promise<Response<'pair'>> => ({ ok: false, message: 'No gateway answers at http://127.0.0.1:9999.' }));
    const settings = vi.fn(async () => STORED);
    await startOptionsPage(document, deps({ pair, settings }));
    type('gateway-url', 'http://127.0.0.1:9999');
    type('code', 'ABCD-1234');
    field('pair-button').click();
    await expect.poll(() => text('message')).toMatch(/^No gateway answers/);
    await expect.poll(() => settings.mock.calls.length).toBe(2);
    expect(pair).toHaveBeenCalledWith({ code: 'ABCD-1234', gatewayUrl: 'http://127.0.0.1:9999' });
    expect(field('gateway-url').value).toBe('http://127.0.0.1:9999');
    expect(field('code').value).toBe('ABCD-1234');
  });

  it('shows the stored URL again after pairing succeeded, and clears the spent code', async () => {
    const settings = vi.fn(async () => STORED);
    await startOptionsPage(document, deps({ settings: () => settings() }));
    type('gateway-url', 'http://127.0.0.1:8787/');
    type('code', 'ABCD-1234');
    settings.mockResolvedValue({ ...STORED, token: 'tok' });
    field('pair-button').click();
    await expect.poll(() => text('message')).toMatch(/^Paired/);
    await expect.poll(() => settings.mock.calls.length).toBe(2);
    expect(field('gateway-url').value).toBe('http://127.0.0.1:8787');
    expect(field('code').value).toBe('');
  });

  it('shows an administrator\u2019s URL read-only, whatever was in the field', async () => {
    await startOptionsPage(document, deps({ settings: async () => ({ ...STORED, gatewayUrl: 'http://127.0.0.1:7000', locked: true }) }));
    expect(field('gateway-url').value).toBe('http://127.0.0.1:7000');
    expect(field('gateway-url').readOnly).toBe(true);
    expect(document.getElementById('locked')!.hidden).toBe(false);
  });

  it('stays disabled and says why when the settings cannot be read', async () => {
    await startOptionsPage(document, deps({ settings: () => Promise.reject(new Error('storage is gone')) }));
    expect(field('pair-button').disabled).toBe(true);
    expect(text('message')).toMatch(/could not read its settings: Error: storage is gone/);
  });

  it('says the browser is not paired without sending the person to the page they are on', async () => {
    await startOptionsPage(document, deps());
    await expect.poll(() => text('connection')).toBe('Not paired with promptgate yet');
    expect(document.body.textContent).not.toMatch(/open options/i);
  });
});
