/*
 * Every channel between the window and the main process, declared once: the name, what the renderer
 * sends and what it gets back. preload.ts and ipc-handlers.ts both read this map, so the two sides
 * cannot drift apart. Payloads are still validated in main, since the renderer is not trusted.
 */

export interface IpcContract {
  'promptgate:open-external': { request: { url: string }; response: void };
  'promptgate:get-start-at-login': { request: Record<string, never>; response: { enabled: boolean } };
  'promptgate:set-start-at-login': { request: { enabled: boolean }; response: { enabled: boolean } };
  'promptgate:list-provider-keys': { request: Record<string, never>; response: { providers: string[] } };
  'promptgate:set-provider-key': { request: { provider: string; key: string }; response: void };
  'promptgate:delete-provider-key': { request: { provider: string }; response: void };
}

export type IpcChannel = keyof IpcContract;
export type IpcRequest<C extends IpcChannel> = IpcContract[C]['request'];
export type IpcResponse<C extends IpcChannel> = IpcContract[C]['response'];

export const ipcChannels = [
  'promptgate:open-external',
  'promptgate:get-start-at-login',
  'promptgate:set-start-at-login',
  'promptgate:list-provider-keys',
  'promptgate:set-provider-key',
  'promptgate:delete-provider-key',
] as const satisfies readonly IpcChannel[];

/** Fails to compile when a channel is added to IpcContract but not to ipcChannels. */
type MissingChannel = Exclude<IpcChannel, (typeof ipcChannels)[number]>;
const everyChannelListed: [MissingChannel] extends [never] ? true : MissingChannel = true;
void everyChannelListed;

/** The command-line switch that carries the app version into the sandboxed preload. */
export const versionArgumentPrefix = '--promptgate-desktop-version=';
