import type { DesktopWebContents, ElectronApi } from './electron-api';

/** The origin of a URL, or undefined when it does not parse. */
export function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** Only web links go to the system browser: no file:, javascript:, custom schemes or other handlers. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

export interface NavigationLockOptions {
  /** The only origin the window may show: the gateway's local UI. */
  readonly gatewayOrigin: string;
  readonly shell: ElectronApi['shell'];
  /** Same-origin links that asked for a new window open in the existing one instead. */
  readonly loadInWindow: (url: string) => void;
}

/**
 * Keeps the window on the gateway origin: leaving it is cancelled, new windows are never created,
 * and web links leave through the system browser.
 */
export function lockNavigation(webContents: DesktopWebContents, options: NavigationLockOptions): void {
  const leaveApp = (url: string): void => {
    if (isExternalWebUrl(url)) void options.shell.openExternal(url).catch(() => undefined);
  };
  const guard = (event: { preventDefault(): void }, url: string): void => {
    if (originOf(url) === options.gatewayOrigin) return;
    event.preventDefault();
    leaveApp(url);
  };
  webContents.on('will-navigate', guard);
  webContents.on('will-redirect', guard);
  webContents.setWindowOpenHandler(({ url }) => {
    if (originOf(url) === options.gatewayOrigin) options.loadInWindow(url);
    else leaveApp(url);
    return { action: 'deny' };
  });
}
