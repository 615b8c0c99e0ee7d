import { describe, expect, it } from 'vitest';
import { FakeElectron } from './fake-electron.test-helper';
import { MainWindow, viewUrl } from './main-window';

const uiUrl = 'http://127.0.0.1:8787/ui/?secret=s3cret';

function openWindow() {
  const electron = new FakeElectron();
  const window = new MainWindow({ electron: electron.api, uiUrl, preloadPath: '/app/preload.cjs', version: '1.2.3' });
  window.open();
  return { electron, window, fake: electron.window };
}

describe('MainWindow', () => {
  it('loads the gateway UI with isolated, sandboxed, node-less web preferences and the preload', () => {
    const { fake } = openWindow();
    expect(fake.loadedUrls).toEqual([uiUrl]);
    expect(fake.options.webPreferences).toMatchObject({
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webviewTag: false,
      preload: '/app/preload.cjs',
      additionalArguments: ['--promptgate-desktop-version=1.2.3'],
    });
  });

  it('keeps navigation on the gateway origin and sends web links to the system browser', () => {
    const { electron, fake } = openWindow();
    expect(fake.webContents.navigate('http://127.0.0.1:8787/ui/settings')).toBe(true);
    expect(fake.webContents.navigate('https://example.com/docs')).toBe(false);
    expect(fake.webContents.navigate('http://127.0.0.1:9999/')).toBe(false);
    expect(fake.webContents.navigate('https://evil.test/', 'will-redirect')).toBe(false);
    expect(fake.webContents.navigate('file:///etc/passwd')).toBe(false);
    expect(electron.openedExternally).toEqual(['https://example.com/docs', 'http://127.0.0.1:9999/', 'https://evil.test/']);
  });

  it('never opens new windows: same-origin links load in place, web links go out, other schemes go nowhere', () => {
    const { electron, fake } = openWindow();
    expect(fake.webContents.openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(fake.webContents.openWindow('http://127.0.0.1:8787/ui/#/log')).toEqual({ action: 'deny' });
    expect(fake.webContents.openWindow('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(fake.webContents.openWindow('smb://share/x')).toEqual({ action: 'deny' });
    expect(electron.openedExternally).toEqual(['https://example.com/']);
    expect(fake.loadedUrls.at(-1)).toBe('http://127.0.0.1:8787/ui/#/log');
    expect(electron.windows).toHaveLength(1);
  });

  it('reuses the open window: restores, shows and focuses it, switching view when asked', () => {
    const { electron, window, fake } = openWindow();
    fake.minimized = true;
    window.open('approvals');
    expect(electron.windows).toHaveLength(1);
    expect(fake.minimized).toBe(false);
    expect(fake.visible).toBe(true);
    expect(fake.focusCalls).toBe(1);
    expect(fake.loadedUrls.at(-1)).toBe('http://127.0.0.1:8787/ui/?secret=s3cret#/approvals');
  });

  it('creates a new window after the previous one was closed', () => {
    const { electron, window, fake } = openWindow();
    fake.close();
    expect(window.webContentsId()).toBeUndefined();
    window.open('approvals');
    expect(electron.windows).toHaveLength(2);
    expect(electron.window.loadedUrls).toEqual(['http://127.0.0.1:8787/ui/?secret=s3cret#/approvals']);
    expect(window.webContentsId()).toBe(electron.window.webContents.id);
  });
});

describe('viewUrl', () => {
  it('puts the view in the hash and keeps the launch secret', () => {
    expect(viewUrl(uiUrl, 'approvals')).toBe('http://127.0.0.1:8787/ui/?secret=s3cret#/approvals');
    expect(viewUrl(`${uiUrl}#/log`, 'home')).toBe(uiUrl);
  });
});
