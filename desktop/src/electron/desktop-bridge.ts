import type { IpcChannel, IpcRequest, IpcResponse } from './ipc';
import { versionArgumentPrefix } from './ipc';
import { isExternalWebUrl } from './navigation';

export type Invoke = <C extends IpcChannel>(channel: C, request: IpcRequest<C>) => Promise<IpcResponse<C>>;

/**
 * What the gateway UI sees as `window.promptgateDesktop` when it runs inside the app (absent in a
 * plain browser). Deliberately small: no generic send/invoke, no Node, never a key read back.
 */
export interface PromptgateDesktopBridge {
  readonly version: string;
  openExternal(url: string): Promise<void>;
  getStartAtLogin(): Promise<boolean>;
  setStartAtLogin(enabled: boolean): Promise<boolean>;
  /** Provider ids that have a stored key. */
  listProviderKeys(): Promise<string[]>;
  setProviderKey(provider: string, key: string): Promise<void>;
  deleteProviderKey(provider: string): Promise<void>;
}

export const bridgeName = 'promptgateDesktop';

export function versionFromArgv(argv: readonly string[]): string {
  const arg = argv.find((value) => value.startsWith(versionArgumentPrefix));
  return arg === undefined ? 'unknown' : arg.slice(versionArgumentPrefix.length);
}

export function createDesktopBridge(invoke: Invoke, argv: readonly string[]): PromptgateDesktopBridge {
  return Object.freeze({
    version: versionFromArgv(argv),
    async openExternal(url: string) {
      // Checked here for a clear error in the page, and again in main, which does not trust this side.
      if (!isExternalWebUrl(url)) throw new TypeError('Only http(s) links can be opened.');
      await invoke('promptgate:open-external', { url });
    },
    getStartAtLogin: async () => (await invoke('promptgate:get-start-at-login', {})).enabled,
    setStartAtLogin: async (enabled: boolean) => (await invoke('promptgate:set-start-at-login', { enabled: enabled === true })).enabled,
    listProviderKeys: async () => (await invoke('promptgate:list-provider-keys', {})).providers,
    setProviderKey: (provider: string, key: string) => invoke('promptgate:set-provider-key', { provider, key }),
    deleteProviderKey: (provider: string) => invoke('promptgate:delete-provider-key', { provider }),
  });
}
