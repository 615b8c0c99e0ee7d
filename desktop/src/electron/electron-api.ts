import type {
  App,
  BrowserWindow,
  BrowserWindowConstructorOptions,
  IpcMain,
  Menu,
  MenuItemConstructorOptions,
  NativeImage,
  Notification,
  NotificationConstructorOptions,
  SafeStorage,
  Shell,
  Tray,
  WebContents,
} from 'electron';

/*
 * Exactly what the shell uses from Electron. main.ts passes the real module in; tests pass fakes.
 * Each piece is a Pick of electron's own types (or a narrower overload set that the real object
 * satisfies), so `tsc` proves main.ts can hand the real objects over.
 */

export type DesktopAppEvents = {
  on(event: 'second-instance', listener: () => void): unknown;
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  on(event: 'window-all-closed', listener: () => void): unknown;
};

export type DesktopApp = Pick<App, 'requestSingleInstanceLock' | 'getPath' | 'getVersion' | 'setLoginItemSettings' | 'whenReady' | 'quit'> & DesktopAppEvents;

export type DesktopWebContents = Pick<WebContents, 'id' | 'setWindowOpenHandler'> & {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
};

export type DesktopWindow = Pick<BrowserWindow, 'loadURL' | 'show' | 'focus' | 'restore' | 'isMinimized' | 'isDestroyed'> & {
  readonly webContents: DesktopWebContents;
  on(event: 'closed', listener: () => void): unknown;
};

export type DesktopTray = Pick<Tray, 'setToolTip' | 'setContextMenu' | 'destroy'> & {
  on(event: 'click', listener: () => void): unknown;
};

export type DesktopNotification = Pick<Notification, 'show'> & {
  on(event: 'click' | 'close', listener: () => void): unknown;
};

/** The invoke-handler event as far as the sender check needs it (a subset of IpcMainInvokeEvent). */
export interface IpcSenderEvent {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string } | null;
}

export interface ElectronApi {
  readonly app: DesktopApp;
  createWindow(options: BrowserWindowConstructorOptions): DesktopWindow;
  createTray(image: NativeImage): DesktopTray;
  readonly menu: Pick<typeof Menu, 'buildFromTemplate'>;
  readonly notifications: {
    isSupported(): boolean;
    create(options: NotificationConstructorOptions): DesktopNotification;
  };
  readonly safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'>;
  readonly nativeImage: { createFromPath(path: string): NativeImage };
  readonly shell: Pick<Shell, 'openExternal'>;
  readonly ipcMain: Pick<IpcMain, 'removeHandler'> & {
    handle(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => unknown): void;
  };
}

export type { MenuItemConstructorOptions };
