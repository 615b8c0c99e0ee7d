// Entry of Electron's main process: builds the real ElectronApi and hands over to runDesktopApp.
// Bundled by `npm run build:electron` to desktop/dist-electron/main.mjs, next to preload.cjs.
import { fileURLToPath } from 'node:url';
import { BrowserWindow, Menu, Notification, Tray, app, ipcMain, nativeImage, safeStorage, shell } from 'electron';
import Store from 'electron-store';
import { runDesktopApp } from './desktop-app';
import type { ElectronApi } from './electron-api';
import { defaultSettings, type DesktopSettings } from './settings-store';

const electron: ElectronApi = {
  app,
  createWindow: (options) => new BrowserWindow(options),
  createTray: (image) => new Tray(image),
  menu: Menu,
  notifications: {
    isSupported: () => Notification.isSupported(),
    create: (options) => new Notification(options),
  },
  safeStorage,
  nativeImage,
  shell,
  ipcMain,
};

const fromBundle = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

// No top-level await: the module finishes loading at once and Electron's own startup is not held up.
void runDesktopApp({
  electron,
  // Loaded lazily so the gateway (and its native modules) is only evaluated once this is the only instance.
  startGateway: async (options) => (await import('../app/start-gateway')).startGateway(options),
  settings: new Store<DesktopSettings>({
    name: 'settings',
    // Spelled out: conf's defaults type wants an object literal, not a named interface.
    defaults: { startAtLogin: defaultSettings.startAtLogin, providerKeys: { ...defaultSettings.providerKeys } },
  }),
  preloadPath: fromBundle('./preload.cjs'),
  trayIconPath: fromBundle('../assets/tray-icon.png'),
}).then((result) => {
  if (result.status === 'failed') process.exitCode = 1;
});
