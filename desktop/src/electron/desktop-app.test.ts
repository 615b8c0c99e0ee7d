import { describe, expect, it, vi } from 'vitest';
import { runDesktopApp, type StartGateway } from './desktop-app';
import { FakeElectron, FakeGateway, FakePreventable } from './fake-electron.test-helper';
import { memorySettingsStore, type DesktopSettings } from './settings-store';

async function launch(options: { hasLock?: boolean; settings?: Partial<DesktopSettings>; pending?: number } = {}) {
  const electron = new FakeElectron();
  electron.app.hasLock = options.hasLock ?? true;
  const gateway = new FakeGateway();
  gateway.pending = options.pending ?? 0;
  const startGateway = vi.fn<StartGateway>(async () => gateway);
  const settings = memorySettingsStore(options.settings);
  const reportError = vi.fn();
  const result = await runDesktopApp({
    electron: electron.api,
    startGateway,
    settings,
    preloadPath: '/app/dist-electron/preload.cjs',
    trayIconPath: '/app/assets/tray-icon.png',
    reportError,
  });
  return { electron, gateway, startGateway, settings, result, reportError };
}

/** Lets the shutdown chain (awaits inside before-quit) run to the end. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('runDesktopApp', () => {
  it('starts the gateway under userData and opens one window on its UI', async () => {
    const { electron, gateway, startGateway, result } = await launch();
    expect(result.status).toBe('running');
    expect(startGateway).toHaveBeenCalledWith({ dataDir: '/fake/userData/gateway' });
    expect(electron.windows).toHaveLength(1);
    expect(electron.window.loadedUrls).toEqual([gateway.uiUrl]);
    expect(electron.window.options.webPreferences?.preload).toBe('/app/dist-electron/preload.cjs');
    expect(electron.tray.image).toEqual({ path: '/app/assets/tray-icon.png' });
  });

  it('a second launch quits without starting anything', async () => {
    const { electron, startGateway, result } = await launch({ hasLock: false });
    expect(result.status).toBe('second-instance');
    expect(electron.app.quitCalls).toBe(1);
    expect(startGateway).not.toHaveBeenCalled();
    expect(electron.windows).toHaveLength(0);
  });

  it('focuses the existing window when another instance starts', async () => {
    const { electron } = await launch();
    electron.window.minimized = true;
    electron.app.emit('second-instance');
    expect(electron.windows).toHaveLength(1);
    expect(electron.window.minimized).toBe(false);
    expect(electron.window.focusCalls).toBe(1);
  });

  it('brings the window back after it was closed, and keeps running without it', async () => {
    const { electron } = await launch();
    electron.window.close();
    electron.app.emit('window-all-closed');
    expect(electron.app.quitCalls).toBe(0);
    electron.app.emit('second-instance');
    expect(electron.windows).toHaveLength(2);
  });

  it('shows the pending count in the tray and follows pending-changed', async () => {
    const { electron, gateway } = await launch({ pending: 1 });
    expect(electron.tray.tooltip).toBe('promptgate: Protecting — 1 pending approval');
    gateway.emit({ type: 'pending-changed', pending: 4 });
    expect(electron.tray.tooltip).toBe('promptgate: Protecting — 4 pending approvals');
    expect(electron.tray.item('Pending approvals: 4').enabled).toBe(true);
  });

  it('notifies on a held prompt; clicking the notification opens the approvals view', async () => {
    const { electron, gateway } = await launch();
    gateway.emit({ type: 'hold', approvalId: 'a1', site: 'chatgpt.com', summary: 'AWS access key (KEY_1)' });
    expect(electron.notifications).toHaveLength(1);
    const notification = electron.notifications[0];
    expect(notification?.shown).toBe(true);
    expect(notification?.options).toEqual({
      title: 'Prompt held for approval',
      body: 'chatgpt.com: AWS access key (KEY_1)',
    });
    electron.window.close();
    notification?.emit('click');
    expect(electron.windows).toHaveLength(2);
    expect(electron.window.loadedUrls).toEqual([`${gateway.uiUrl}#/approvals`]);
  });

  it('shows no notification where the OS has none', async () => {
    const { electron, gateway } = await launch();
    electron.notificationsSupported = false;
    gateway.emit({ type: 'hold', approvalId: 'a1', site: 'claude.ai', summary: 'email' });
    expect(electron.notifications).toHaveLength(0);
  });

  it('toggles start at login from the tray, remembers it and re-applies it at the next launch', async () => {
    const { electron, settings } = await launch();
    expect(electron.app.loginItemSettings).toEqual([{ openAtLogin: false }]);
    electron.tray.click('Start at login');
    expect(electron.app.loginItemSettings.at(-1)).toEqual({ openAtLogin: true });
    expect(settings.get('startAtLogin')).toBe(true);
    expect(electron.tray.item('Start at login').checked).toBe(true);

    const next = await launch({ settings: { startAtLogin: true } });
    expect(next.electron.app.loginItemSettings).toEqual([{ openAtLogin: true }]);
    expect(next.electron.tray.item('Start at login').checked).toBe(true);
  });

  it('quitting closes the gateway before the process is allowed to exit', async () => {
    const { electron, gateway } = await launch();
    const event = new FakePreventable();
    electron.app.emit('before-quit', event);
    expect(event.defaultPrevented).toBe(true);
    await settle();
    expect(gateway.closeCalls).toBe(1);
    expect(gateway.listenerCount).toBe(0);
    expect(electron.tray.destroyed).toBe(true);
    expect(electron.ipcHandlers.size).toBe(0);
    // The shell quit again itself, and that time it let the quit through.
    expect(electron.app.quitCalls).toBe(1);
    const again = new FakePreventable();
    electron.app.emit('before-quit', again);
    expect(again.defaultPrevented).toBe(false);
    expect(gateway.closeCalls).toBe(1);
  });

  it('Quit in the tray goes through the same clean shutdown', async () => {
    const { electron, gateway } = await launch();
    electron.tray.click('Quit promptgate');
    await settle();
    expect(gateway.closeCalls).toBe(1);
    expect(electron.app.quitCalls).toBe(2);
  });

  it('reports a gateway that fails to start and quits', async () => {
    const electron = new FakeElectron();
    const reportError = vi.fn();
    const failure = new Error('port 8787 in use');
    const result = await runDesktopApp({
      electron: electron.api,
      startGateway: async () => {
        throw failure;
      },
      settings: memorySettingsStore(),
      preloadPath: 'preload.cjs',
      trayIconPath: 'tray-icon.png',
      reportError,
    });
    await settle();
    expect(result).toEqual({ status: 'failed', error: failure });
    expect(reportError).toHaveBeenCalledWith(expect.stringContaining('could not start'), failure);
    expect(electron.app.quitCalls).toBe(2);
    expect(electron.windows).toHaveLength(0);
  });
});
