import type { DesktopNotification, ElectronApi } from './electron-api';

export interface HeldPrompt {
  readonly site: string;
  /** Already masked by the gateway: never the held secret itself. */
  readonly summary: string;
}

/** A native notification per held prompt; clicking one opens the approvals view. */
export class HoldNotifications {
  // Electron drops click handlers of notifications that were garbage-collected, so keep them alive.
  private readonly live = new Set<DesktopNotification>();

  constructor(
    private readonly notifications: ElectronApi['notifications'],
    private readonly openApprovals: () => void,
  ) {}

  show(held: HeldPrompt): void {
    if (!this.notifications.isSupported()) return;
    const notification = this.notifications.create({
      title: 'Prompt held for approval',
      body: `${held.site}: ${held.summary}`,
    });
    this.live.add(notification);
    notification.on('click', () => {
      this.live.delete(notification);
      this.openApprovals();
    });
    notification.on('close', () => this.live.delete(notification));
    notification.show();
  }
}
