import { join } from 'node:path';
import type { GatewayHandle } from '../gateway/handle';
import type { ElectronApi } from './electron-api';
import { HoldNotifications } from './hold-notifications';
import { ipcHandlers, registerIpcHandlers } from './ipc-handlers';
import { MainWindow } from './main-window';
import { ProviderKeyVault } from './provider-key-vault';
import type { SettingsStore } from './settings-store';
import { StartAtLogin } from './start-at-login';
import { TrayMenu } from './tray-menu';

/** The gateway starter from desktop/src/app/start-gateway.ts, injected so tests can pass a fake. */
export type StartGateway = (options: { port?: number; dataDir: string; policyFile?: string }) => Promise<GatewayHandle>;

export interface DesktopAppOptions {
  readonly electron: ElectronApi;
  readonly startGateway: StartGateway;
  readonly settings: SettingsStore;
  readonly preloadPath: string;
  readonly trayIconPath: string;
  /** Where something went wrong that the user cannot act on in a window (startup, shutdown). */
  readonly reportError?: (message: string, error: unknown) => void;
}

/** What a running shell exposes; main.ts needs nothing of it, tests look inside. */
export interface RunningDesktopApp {
  readonly gateway: GatewayHandle;
  readonly window: MainWindow;
  readonly tray: TrayMenu;
  readonly vault: ProviderKeyVault;
  readonly startAtLogin: StartAtLogin;
}

export type DesktopAppStart =
  { readonly status: 'second-instance' } | { readonly status: 'running'; readonly app: RunningDesktopApp } | { readonly status: 'failed'; readonly error: unknown };

/**
 * The whole desktop shell: one instance, the gateway in this process, one window on its UI, a tray,
 * notifications for held prompts, and a clean gateway shutdown before the process quits.
 */
export async function runDesktopApp(options: DesktopAppOptions): Promise<DesktopAppStart> {
  const { electron, settings } = options;
  const { app } = electron;
  const reportError = options.reportError ?? ((message, error) => console.error(message, error));

  if (!app.requestSingleInstanceLock()) {
    // The first instance got a 'second-instance' event and shows its window; this one just leaves.
    app.quit();
    return { status: 'second-instance' };
  }

  let running: RunningDesktopApp | undefined;
  let gateway: GatewayHandle | undefined;
  let startup: Promise<unknown> = Promise.resolve();
  const cleanups: (() => void)[] = [];
  let shutdown: Promise<void> | undefined;
  let readyToExit = false;

  app.on('second-instance', () => running?.window.open());
  // The gateway keeps running in the tray after the window is closed; only Quit ends the app.
  app.on('window-all-closed', () => undefined);
  app.on('before-quit', (event) => {
    if (readyToExit) return;
    event.preventDefault();
    shutdown ??= (async () => {
      await startup.catch(() => undefined);
      for (const cleanup of cleanups.splice(0).reverse()) cleanup();
      await gateway?.close();
    })()
      .catch((error: unknown) => reportError('promptgate: the gateway did not close cleanly', error))
      .finally(() => {
        readyToExit = true;
        app.quit();
      });
  });

  const start = (async (): Promise<RunningDesktopApp> => {
    await app.whenReady();
    const started = await options.startGateway({ dataDir: join(app.getPath('userData'), 'gateway') });
    gateway = started;
    const startAtLogin = new StartAtLogin(app, settings);
    startAtLogin.apply();
    const vault = new ProviderKeyVault(electron.safeStorage, settings);
    const window = new MainWindow({
      electron,
      // A link opens the UI once: each load takes a new one, so a session that ended never locks the app out.
      get uiUrl() {
        return started.uiUrl;
      },
      preloadPath: options.preloadPath,
      version: app.getVersion(),
    });
    const tray = new TrayMenu(
      electron,
      electron.nativeImage.createFromPath(options.trayIconPath),
      {
        openWindow: () => window.open(),
        openApprovals: () => window.open('approvals'),
        setStartAtLogin: (enabled) => tray.update({ startAtLogin: startAtLogin.set(enabled) }),
        quit: () => app.quit(),
      },
      { pending: started.pendingApprovals(), startAtLogin: startAtLogin.enabled },
    );
    cleanups.push(() => tray.destroy());

    const notifications = new HoldNotifications(electron.notifications, () => window.open('approvals'));
    cleanups.push(
      started.onEvent((event) => {
        if (event.type === 'hold') notifications.show(event);
        else tray.update({ pending: event.pending });
      }),
    );

    cleanups.push(
      registerIpcHandlers(
        electron.ipcMain,
        { webContentsId: () => window.webContentsId(), gatewayOrigin: window.gatewayOrigin },
        ipcHandlers({
          shell: electron.shell,
          startAtLogin,
          vault,
          onSettingsChanged: () => tray.update({ startAtLogin: startAtLogin.enabled }),
        }),
      ),
    );

    window.open();
    return { gateway: started, window, tray, vault, startAtLogin };
  })();
  startup = start;

  try {
    running = await start;
    return { status: 'running', app: running };
  } catch (error) {
    reportError('promptgate: the desktop app could not start', error);
    app.quit(); // before-quit closes the gateway if it got as far as starting
    return { status: 'failed', error };
  }
}
