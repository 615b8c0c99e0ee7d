import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { GATEWAY_CHANNEL_PATH } from '@promptgate/shared';
import { checkHost, isExtensionOrigin, originOf } from '../http/guard';

const ACCEPT_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/** An upgrade the gateway refuses, with the status and stable code of its JSON error. */
export class ChannelRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ChannelRefusal';
  }
}

/** The gateway's own Host rule (DNS rebinding), its refusal carried over with the status and code it names. */
function checkChannelHost(request: IncomingMessage, port: number): void {
  try {
    checkHost(request, port);
  } catch (error) {
    const { status, code } = error as { status?: unknown; code?: unknown };
    throw new ChannelRefusal(typeof status === 'number' ? status : 421, typeof code === 'string' ? code : 'bad_host', error instanceof Error ? error.message : 'bad Host');
  }
}

/**
 * Decides whether an upgrade may become the extension channel, under the same trust rules as `/api`: the Host
 * must name this loopback listener (DNS rebinding), and only a browser extension may connect (a web page, any
 * other program, or a request without an Origin is refused). Returns the `101` head to write, or throws.
 */
export function channelHandshake(request: IncomingMessage, port: number): string {
  checkChannelHost(request, port);
  const path = (request.url ?? '/').split('?')[0];
  if (path !== GATEWAY_CHANNEL_PATH) throw new ChannelRefusal(404, 'not_found', `no WebSocket endpoint at ${path}`);
  const origin = originOf(request);
  if (origin === undefined || !isExtensionOrigin(origin)) throw new ChannelRefusal(403, 'forbidden_origin', 'requests from this origin are not allowed');
  const key = request.headers['sec-websocket-key'];
  if (request.headers['sec-websocket-version'] !== '13' || typeof key !== 'string' || !/^[A-Za-z0-9+/]{22}==$/.test(key)) {
    throw new ChannelRefusal(400, 'bad_upgrade', 'not a WebSocket version 13 handshake');
  }
  const accept = createHash('sha1')
    .update(key + ACCEPT_GUID)
    .digest('base64');
  return `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`;
}

/** A refused upgrade gets an ordinary HTTP answer with the gateway's JSON error, then the socket closes. */
export function refusalHead(error: ChannelRefusal): string {
  const body = JSON.stringify({ error: { code: error.code, message: error.message } });
  return `HTTP/1.1 ${error.status} ${error.code}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}
