import type { BrowserWindowConstructorOptions } from 'electron';
import type { DesktopWindow, ElectronApi } from './electron-api';
import { versionArgumentPrefix } from './ipc';
import { lockNavigation, originOf } from './navigation';

export type DesktopView = 'home' | 'approvals';

/** The UI address of a view: the approvals queue lives at `#/approvals` of the gateway UI. */
export function viewUrl(uiUrl: string, view: DesktopView): string {
  const url = new URL(uiUrl);
  url.hash = view === 'approvals' ? '/approvals' : '';
  return url.toString();
}

export function windowOptions(preloadPath: string, version: string): BrowserWindowConstructorOptions {
  return {
    width: 1100,
    height: 760,
    minWidth: 640,
    minHeight: 480,
    title: 'promptgate',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
      webviewTag: false,
      additionalArguments: [`${versionArgumentPrefix}${version}`],
    },
  };
}

export interface MainWindowOptions {
  readonly electron: ElectronApi;
  readonly uiUrl: string;
  readonly preloadPath: string;
  readonly version: string;
}

/** The one promptgate window: created on demand, reused while open, recreated after it was closed. */
export class MainWindow {
  private window: DesktopWindow | undefined;
  readonly gatewayOrigin: string;

  constructor(private readonly options: MainWindowOptions) {
    const origin = originOf(options.uiUrl);
    if (origin === undefined) throw new TypeError(`The gateway UI URL does not parse: ${options.uiUrl}`);
    this.gatewayOrigin = origin;
  }

  /** Shows the window (creating it if needed), optionally switching to a view, and brings it forward. */
  open(view?: DesktopView): void {
    const existing = this.current();
    if (existing === undefined) {
      this.create(view ?? 'home');
      return;
    }
    if (view !== undefined) this.load(existing, viewUrl(this.options.uiUrl, view));
    if (existing.isMinimized()) existing.restore();
    existing.show();
    existing.focus();
  }

  webContentsId(): number | undefined {
    return this.current()?.webContents.id;
  }

  private current(): DesktopWindow | undefined {
    if (this.window?.isDestroyed()) this.window = undefined;
    return this.window;
  }

  private create(view: DesktopView): void {
    const { electron, preloadPath, version } = this.options;
    const window = electron.createWindow(windowOptions(preloadPath, version));
    this.window = window;
    window.on('closed', () => {
      if (this.window === window) this.window = undefined;
    });
    lockNavigation(window.webContents, {
      gatewayOrigin: this.gatewayOrigin,
      shell: electron.shell,
      loadInWindow: (url) => this.load(window, url),
    });
    this.load(window, viewUrl(this.options.uiUrl, view));
  }

  private load(window: DesktopWindow, url: string): void {
    // A failed load shows Chromium's error page in the window; nothing more useful to do here.
    window.loadURL(url).catch(() => undefined);
  }
}
