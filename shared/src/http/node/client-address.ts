import { isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';

/**
 * The address of the client a request came from. Directly connected, that is the socket's peer. Behind a reverse
 * proxy the peer is the proxy, and the client is the last address in `X-Forwarded-For`: the one the proxy itself
 * added (earlier entries are whatever the client sent and prove nothing). Only for servers that cannot be reached
 * except through the proxy; a header that holds no address falls back to the peer.
 */
export function clientAddress(request: IncomingMessage, behindProxy: boolean): string | undefined {
  if (behindProxy) {
    const header = request.headers['x-forwarded-for'];
    const last = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').at(-1)?.trim() ?? '';
    if (isIP(last)) return last;
  }
  return request.socket.remoteAddress;
}
