import type {
  BrowserWindowConstructorOptions,
  HandlerDetails,
  Menu,
  MenuItemConstructorOptions,
  NativeImage,
  NotificationConstructorOptions,
  WindowOpenHandlerResponse,
} from 'electron';
import type { GatewayEvent, GatewayHandle } from '../gateway/handle';
import type { DesktopNotification, DesktopTray, DesktopWindow, ElectronApi, IpcSenderEvent } from './electron-api';

/* In-memory stand-ins for the parts of Electron listed in ElectronApi, recording what the shell did. */

type Listener = (...args: never[]) => void;

class Emitter {
  private readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...args: unknown[]) => void)(...args);
  }
  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

export class FakePreventable {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export class FakeApp extends Emitter {
  hasLock = true;
  quitCalls = 0;
  loginItemSettings: { openAtLogin?: boolean }[] = [];
  requestSingleInstanceLock = (): boolean => this.hasLock;
  getPath = (name: string): string => `/fake/${name}`;
  getVersion = (): string => '1.2.3';
  setLoginItemSettings = (settings: { openAtLogin?: boolean }): void => {
    this.loginItemSettings.push(settings);
  };
  whenReady = (): Promise<void> => Promise.resolve();
  quit = (): void => {
    this.quitCalls += 1;
    // Like Electron: quit() emits before-quit, which may be cancelled.
    this.emit('before-quit', new FakePreventable());
  };
}

export class FakeWebContents extends Emitter {
  private static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.openHandler = handler;
  }
  /** Simulates the page navigating; returns whether the navigation was allowed. */
  navigate(url: string, event: 'will-navigate' | 'will-redirect' = 'will-navigate'): boolean {
    const preventable = new FakePreventable();
    this.emit(event, preventable, url);
    return !preventable.defaultPrevented;
  }
  /** Simulates window.open / target=_blank from the page. */
  openWindow(url: string): WindowOpenHandlerResponse | undefined {
    return this.openHandler?.({
      url,
      frameName: '',
      features: '',
      disposition: 'foreground-tab',
      referrer: { url: '', policy: 'strict-origin-when-cross-origin' },
    });
  }
}

export class FakeWindow extends Emitter implements DesktopWindow {
  readonly webContents = new FakeWebContents();
  loadedUrls: string[] = [];
  visible = false;
  focusCalls = 0;
  minimized = false;
  destroyed = false;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focusCalls += 1;
  }
  restore(): void {
    this.minimized = false;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    this.destroyed = true;
    this.emit('closed');
  }
}

/** What Menu.buildFromTemplate returned: the fake keeps the template to inspect. */
export interface FakeMenu {
  readonly template: MenuItemConstructorOptions[];
}

export class FakeTray extends Emitter implements DesktopTray {
  tooltip = '';
  menu: FakeMenu | undefined;
  destroyed = false;
  constructor(readonly image: NativeImage) {
    super();
  }
  setToolTip(tooltip: string): void {
    this.tooltip = tooltip;
  }
  setContextMenu(menu: Menu | null): void {
    this.menu = (menu ?? undefined) as FakeMenu | undefined;
  }
  destroy(): void {
    this.destroyed = true;
  }
  item(label: string | RegExp): MenuItemConstructorOptions {
    const found = this.menu?.template.find((entry) => (typeof label === 'string' ? entry.label === label : label.test(entry.label ?? '')));
    if (found === undefined) throw new Error(`No tray menu item ${String(label)}`);
    return found;
  }
  /** Clicks a menu item the way Electron does: a checkbox flips before its click handler runs. */
  click(label: string | RegExp): void {
    const item = this.item(label);
    const checked = item.type === 'checkbox' ? !item.checked : item.checked;
    // The handler reads only `checked`; the other arguments are not used by the shell.
    (item.click as ((menuItem: { checked: boolean | undefined }) => void) | undefined)?.({ checked });
  }
}

export class FakeNotification extends Emitter implements DesktopNotification {
  shown = false;
  constructor(readonly options: NotificationConstructorOptions) {
    super();
  }
  show(): void {
    this.shown = true;
  }
}

export class FakeElectron {
  readonly app = new FakeApp();
  readonly windows: FakeWindow[] = [];
  readonly trays: FakeTray[] = [];
  readonly notifications: FakeNotification[] = [];
  readonly openedExternally: string[] = [];
  readonly ipcHandlers = new Map<string, (event: IpcSenderEvent, ...args: unknown[]) => unknown>();
  notificationsSupported = true;
  encryptionAvailable = true;
  storageBackend: 'basic_text' | 'gnome_libsecret' = 'gnome_libsecret';

  get window(): FakeWindow {
    const window = this.windows.at(-1);
    if (window === undefined) throw new Error('No window was created');
    return window;
  }

  get tray(): FakeTray {
    const tray = this.trays.at(-1);
    if (tray === undefined) throw new Error('No tray was created');
    return tray;
  }

  /** Calls an IPC handler the way ipcRenderer.invoke from a page would reach it. */
  async invoke(channel: string, sender: IpcSenderEvent, payload: unknown): Promise<unknown> {
    const handler = this.ipcHandlers.get(channel);
    if (handler === undefined) throw new Error(`No handler for ${channel}`);
    return await handler(sender, payload);
  }

  readonly api: ElectronApi = {
    app: this.app,
    createWindow: (options) => {
      const window = new FakeWindow(options);
      this.windows.push(window);
      return window;
    },
    createTray: (image) => {
      const tray = new FakeTray(image);
      this.trays.push(tray);
      return tray;
    },
    // Stands in for Electron's Menu: the shell only passes it on to the tray.
    menu: { buildFromTemplate: (template) => ({ template }) as unknown as Menu },
    notifications: {
      isSupported: () => this.notificationsSupported,
      create: (options) => {
        const notification = new FakeNotification(options);
        this.notifications.push(notification);
        return notification;
      },
    },
    safeStorage: {
      isEncryptionAvailable: () => this.encryptionAvailable,
      getSelectedStorageBackend: () => this.storageBackend,
      encryptString: (plainText) => Buffer.from(`sealed:${Buffer.from(plainText).toString('hex')}`),
      decryptString: (encrypted) => {
        const text = encrypted.toString();
        if (!text.startsWith('sealed:')) throw new Error('not sealed by this fake');
        return Buffer.from(text.slice('sealed:'.length), 'hex').toString();
      },
    },
    // Stands in for a NativeImage: the shell only passes it on to the tray.
    nativeImage: { createFromPath: (path) => ({ path }) as unknown as NativeImage },
    shell: {
      openExternal: async (url) => {
        this.openedExternally.push(url);
      },
    },
    ipcMain: {
      handle: (channel, listener) => {
        if (this.ipcHandlers.has(channel)) throw new Error(`Second handler for ${channel}`);
        this.ipcHandlers.set(channel, listener);
      },
      removeHandler: (channel) => {
        this.ipcHandlers.delete(channel);
      },
    },
  };
}

export class FakeGateway implements GatewayHandle {
  readonly url = 'http://127.0.0.1:8787';
  readonly port = 8787;
  readonly uiUrl = 'http://127.0.0.1:8787/ui/?secret=launch-secret';
  pending = 0;
  closeCalls = 0;
  private readonly listeners = new Set<(event: GatewayEvent) => void>();
  pendingApprovals(): number {
    return this.pending;
  }
  onEvent(listener: (event: GatewayEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  emit(event: GatewayEvent): void {
    if (event.type === 'pending-changed') this.pending = event.pending;
    for (const listener of this.listeners) listener(event);
  }
  get listenerCount(): number {
    return this.listeners.size;
  }
  async close(): Promise<void> {
    this.closeCalls += 1;
  }
}
