import type { Server } from 'node:http';
import { attachExtensionChannel, type ExtensionChannelDeps } from './extension-channel';
import { loopbackForward } from './loopback-forward';

/** The extension channel on the gateway's server, passing its calls to the same server's `/api`. */
export function startExtensionChannel(server: Server, deps: Omit<ExtensionChannelDeps, 'forward'>): void {
  const loopback = loopbackForward(deps.port);
  deps.shutdown.addEventListener('abort', () => loopback.close(), { once: true });
  attachExtensionChannel(server, { ...deps, forward: loopback.forward });
}
