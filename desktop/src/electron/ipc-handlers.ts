import { z } from 'zod';
import type { ElectronApi, IpcSenderEvent } from './electron-api';
import type { IpcChannel, IpcRequest, IpcResponse } from './ipc';
import { ipcChannels } from './ipc';
import { isExternalWebUrl } from './navigation';
import type { ProviderKeyVault } from './provider-key-vault';
import { isTrustedSender, type TrustedSender } from './sender-check';

const requestSchemas = {
  'promptgate:open-external': z.strictObject({ url: z.string().max(4096) }),
  'promptgate:get-start-at-login': z.strictObject({}),
  'promptgate:set-start-at-login': z.strictObject({ enabled: z.boolean() }),
  'promptgate:list-provider-keys': z.strictObject({}),
  'promptgate:set-provider-key': z.strictObject({ provider: z.string().max(64), key: z.string().max(8192) }),
  'promptgate:delete-provider-key': z.strictObject({ provider: z.string().max(64) }),
} satisfies { [C in IpcChannel]: z.ZodType<IpcRequest<C>> };

export type IpcHandlers = { [C in IpcChannel]: (request: IpcRequest<C>) => IpcResponse<C> | Promise<IpcResponse<C>> };

export interface IpcHandlerDeps {
  readonly shell: ElectronApi['shell'];
  readonly startAtLogin: { readonly enabled: boolean; set(enabled: boolean): boolean };
  readonly vault: ProviderKeyVault;
  /** Called after the renderer changed a setting the tray shows. */
  readonly onSettingsChanged: () => void;
}

export function ipcHandlers(deps: IpcHandlerDeps): IpcHandlers {
  return {
    'promptgate:open-external': async ({ url }) => {
      if (!isExternalWebUrl(url)) throw new Error('Only http(s) links can be opened.');
      await deps.shell.openExternal(url);
    },
    'promptgate:get-start-at-login': () => ({ enabled: deps.startAtLogin.enabled }),
    'promptgate:set-start-at-login': ({ enabled }) => {
      const result = { enabled: deps.startAtLogin.set(enabled) };
      deps.onSettingsChanged();
      return result;
    },
    'promptgate:list-provider-keys': () => ({ providers: deps.vault.providers() }),
    'promptgate:set-provider-key': ({ provider, key }) => deps.vault.set(provider, key),
    'promptgate:delete-provider-key': ({ provider }) => deps.vault.delete(provider),
  };
}

export class UntrustedSenderError extends Error {
  override readonly name = 'UntrustedSenderError';
  readonly code = 'untrusted_sender';
  constructor(channel: string) {
    super(`Refused ${channel}: the sender is not the promptgate window on the gateway origin.`);
  }
}

/**
 * Registers every channel with ipcMain behind the sender check and payload validation.
 * Returns the function that removes them again.
 */
export function registerIpcHandlers(ipcMain: ElectronApi['ipcMain'], trusted: TrustedSender, handlers: IpcHandlers): () => void {
  for (const channel of ipcChannels) {
    ipcMain.handle(channel, (event: IpcSenderEvent, payload: unknown) => {
      if (!isTrustedSender(event, trusted)) throw new UntrustedSenderError(channel);
      return dispatch(channel, handlers, payload);
    });
  }
  return () => {
    for (const channel of ipcChannels) ipcMain.removeHandler(channel);
  };
}

function dispatch<C extends IpcChannel>(channel: C, handlers: IpcHandlers, payload: unknown): unknown {
  const request = requestSchemas[channel].parse(payload) as IpcRequest<C>;
  return handlers[channel](request);
}
