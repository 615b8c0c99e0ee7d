import type { NativeImage } from 'electron';
import type { DesktopTray, ElectronApi, MenuItemConstructorOptions } from './electron-api';

export function pendingText(pending: number): string {
  return `${pending} pending approval${pending === 1 ? '' : 's'}`;
}

export function trayStatus(pending: number): string {
  return `Protecting — ${pendingText(pending)}`;
}

export interface TrayActions {
  readonly openWindow: () => void;
  readonly openApprovals: () => void;
  readonly setStartAtLogin: (enabled: boolean) => void;
  readonly quit: () => void;
}

export interface TrayState {
  readonly pending: number;
  readonly startAtLogin: boolean;
}

export function trayMenuTemplate(state: TrayState, actions: TrayActions): MenuItemConstructorOptions[] {
  return [
    { label: trayStatus(state.pending), enabled: false },
    { type: 'separator' },
    { label: 'Open promptgate', click: () => actions.openWindow() },
    {
      label: `Pending approvals: ${state.pending}`,
      enabled: state.pending > 0,
      click: () => actions.openApprovals(),
    },
    { type: 'separator' },
    {
      label: 'Start at login',
      type: 'checkbox',
      checked: state.startAtLogin,
      click: (item) => actions.setStartAtLogin(item.checked),
    },
    { type: 'separator' },
    { label: 'Quit promptgate', click: () => actions.quit() },
  ];
}

/** The tray icon: its tooltip and menu always show the current pending count and settings. */
export class TrayMenu {
  private readonly tray: DesktopTray;

  constructor(
    private readonly electron: ElectronApi,
    icon: NativeImage,
    private readonly actions: TrayActions,
    private state: TrayState,
  ) {
    this.tray = electron.createTray(icon);
    this.tray.on('click', () => actions.openWindow());
    this.render();
  }

  update(change: Partial<TrayState>): void {
    this.state = { ...this.state, ...change };
    this.render();
  }

  destroy(): void {
    this.tray.destroy();
  }

  private render(): void {
    this.tray.setToolTip(`promptgate: ${trayStatus(this.state.pending)}`);
    this.tray.setContextMenu(this.electron.menu.buildFromTemplate(trayMenuTemplate(this.state, this.actions)));
  }
}
