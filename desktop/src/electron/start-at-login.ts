import type { ElectronApi } from './electron-api';
import type { SettingsStore } from './settings-store';

/** The start-at-login choice: remembered in settings and mirrored into the OS login items. */
export class StartAtLogin {
  constructor(
    private readonly app: ElectronApi['app'],
    private readonly settings: SettingsStore,
  ) {}

  get enabled(): boolean {
    return this.settings.get('startAtLogin');
  }

  set(enabled: boolean): boolean {
    this.settings.set('startAtLogin', enabled);
    this.app.setLoginItemSettings({ openAtLogin: enabled });
    return enabled;
  }

  /** At launch, re-applies the remembered choice (the OS entry may have been removed meanwhile). */
  apply(): void {
    this.app.setLoginItemSettings({ openAtLogin: this.enabled });
  }
}
