import type { IpcSenderEvent } from './electron-api';
import { originOf } from './navigation';

export interface TrustedSender {
  /** webContents id of the promptgate window, or undefined while there is none. */
  readonly webContentsId: () => number | undefined;
  readonly gatewayOrigin: string;
}

/** IPC is answered only for the app's own window while it shows the gateway's UI. */
export function isTrustedSender(event: IpcSenderEvent, trusted: TrustedSender): boolean {
  const windowId = trusted.webContentsId();
  if (windowId === undefined || event.sender.id !== windowId) return false;
  const frameUrl = event.senderFrame?.url;
  return frameUrl !== undefined && originOf(frameUrl) === trusted.gatewayOrigin;
}
