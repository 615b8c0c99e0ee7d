import type { IncomingMessage } from 'node:http';
import { HttpError } from '@promptgate/shared/http-node';

/**
 * Only names of this loopback listener are accepted as `Host`: a page on `evil.example` that rebinds its DNS
 * name to 127.0.0.1 still sends `Host: evil.example`, and is refused here before any handler runs.
 */
export function checkHost(request: IncomingMessage, port: number): void {
  const host = (request.headers.host ?? '').toLowerCase();
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}` && host !== `[::1]:${port}`) {
    throw new HttpError(421, 'bad_host', 'requests must address the gateway as 127.0.0.1 or localhost');
  }
}

/** Origins of browser extensions: the only web origins besides the local UI that may call the API. */
export function isExtensionOrigin(origin: string): boolean {
  return /^(chrome-extension|moz-extension|safari-web-extension):\/\/[a-z0-9-]+$/i.test(origin);
}

/** The `Origin` of a browser request, or undefined for programs (SDKs, CLI, curl) that send none. */
export function originOf(request: IncomingMessage): string | undefined {
  const origin = request.headers.origin;
  return origin === undefined || origin === 'null' ? (origin === 'null' ? 'null' : undefined) : origin;
}
