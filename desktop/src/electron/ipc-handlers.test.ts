import { describe, expect, it } from 'vitest';
import { runDesktopApp } from './desktop-app';
import { FakeElectron, FakeGateway } from './fake-electron.test-helper';
import { ipcChannels } from './ipc';
import { memorySettingsStore } from './settings-store';

async function launch() {
  const electron = new FakeElectron();
  const gateway = new FakeGateway();
  const settings = memorySettingsStore();
  await runDesktopApp({
    electron: electron.api,
    startGateway: async () => gateway,
    settings,
    preloadPath: 'preload.cjs',
    trayIconPath: 'tray-icon.png',
  });
  const fromWindow = (url = 'http://127.0.0.1:8787/ui/#/settings') => ({
    sender: { id: electron.window.webContents.id },
    senderFrame: { url },
  });
  return { electron, settings, fromWindow };
}

describe('IPC from the window', () => {
  it('registers every declared channel', async () => {
    const { electron } = await launch();
    expect([...electron.ipcHandlers.keys()].sort()).toEqual([...ipcChannels].sort());
  });

  it('answers the window on the gateway origin', async () => {
    const { electron, settings, fromWindow } = await launch();
    await expect(electron.invoke('promptgate:set-start-at-login', fromWindow(), { enabled: true })).resolves.toEqual({
      enabled: true,
    });
    expect(settings.get('startAtLogin')).toBe(true);
    expect(electron.app.loginItemSettings.at(-1)).toEqual({ openAtLogin: true });
    expect(electron.tray.item('Start at login').checked).toBe(true);
    await electron.invoke('promptgate:open-external', fromWindow(), { url: 'https://docs.example.com/' });
    expect(electron.openedExternally).toEqual(['https://docs.example.com/']);
  });

  it('rejects other webContents, other origins and frames that are gone', async () => {
    const { electron, fromWindow } = await launch();
    const foreign = { sender: { id: electron.window.webContents.id + 100 }, senderFrame: { url: 'http://127.0.0.1:8787/ui/' } };
    const payload = { enabled: true };
    await expect(electron.invoke('promptgate:set-start-at-login', foreign, payload)).rejects.toMatchObject({
      code: 'untrusted_sender',
    });
    await expect(electron.invoke('promptgate:set-start-at-login', fromWindow('https://evil.test/'), payload)).rejects.toMatchObject({ code: 'untrusted_sender' });
    await expect(electron.invoke('promptgate:set-start-at-login', fromWindow('http://127.0.0.1:9999/'), payload)).rejects.toMatchObject({ code: 'untrusted_sender' });
    await expect(electron.invoke('promptgate:set-start-at-login', { sender: fromWindow().sender, senderFrame: null }, payload)).rejects.toMatchObject({ code: 'untrusted_sender' });
    expect(electron.app.loginItemSettings).toEqual([{ openAtLogin: false }]);
  });

  it('rejects everything once the window is closed', async () => {
    const { electron, fromWindow } = await launch();
    const sender = fromWindow();
    electron.window.close();
    await expect(electron.invoke('promptgate:list-provider-keys', sender, {})).rejects.toMatchObject({
      code: 'untrusted_sender',
    });
  });

  it('validates payloads and opens only http(s) links', async () => {
    const { electron, fromWindow } = await launch();
    await expect(electron.invoke('promptgate:set-start-at-login', fromWindow(), { enabled: 'yes' })).rejects.toThrow();
    await expect(electron.invoke('promptgate:open-external', fromWindow(), { url: 'file:///etc/passwd' })).rejects.toThrow(/http/);
    await expect(electron.invoke('promptgate:open-external', fromWindow(), { url: 'javascript:alert(1)' })).rejects.toThrow();
    expect(electron.openedExternally).toEqual([]);
  });

  it('stores provider keys encrypted and only ever returns provider names', async () => {
    const { electron, settings, fromWindow } = await launch();
    await electron.invoke('promptgate:set-provider-key', fromWindow(), { provider: 'openai', key: 'sk-test-123456' });
    await expect(electron.invoke('promptgate:list-provider-keys', fromWindow(), {})).resolves.toEqual({
      providers: ['openai'],
    });
    expect(JSON.stringify(settings.get('providerKeys'))).not.toContain('sk-test-123456');
    electron.encryptionAvailable = false;
    await expect(electron.invoke('promptgate:set-provider-key', fromWindow(), { provider: 'anthropic', key: 'sk-ant-1' })).rejects.toMatchObject({
      code: 'encryption_unavailable',
    });
    await electron.invoke('promptgate:delete-provider-key', fromWindow(), { provider: 'openai' });
    expect(settings.get('providerKeys')).toEqual({});
  });
});
