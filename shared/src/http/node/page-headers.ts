import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

type Source = string | ((request: IncomingMessage, response: ServerResponse) => string);

export interface PageHeaderOptions {
  /** The page's Content-Security-Policy, directive by directive; a source may be read per request. */
  csp: Readonly<Record<string, readonly Source[]>>;
  /** Whether browsers are told to come back over HTTPS only (a server with TLS); never for the loopback gateway. */
  hsts: boolean;
}

/**
 * helmet's headers for pages, configured rather than defaulted: its default CSP upgrades requests to HTTPS,
 * which breaks a page served over plain HTTP on loopback, and allows `'unsafe-inline'` styles these pages do
 * not need. Pages are never framed and send no referrer.
 */
export function pageHeaders(options: PageHeaderOptions): RequestHandler {
  if (!options.csp['default-src']?.length || !options.csp['frame-ancestors']?.length) throw new Error('a page CSP needs default-src and frame-ancestors');
  const headers = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: Object.fromEntries(Object.entries(options.csp).map(([name, sources]) => [name, [...sources]])) },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: options.hsts,
  });
  return function pageSecurityHeaders(request, response, next) {
    headers(request, response, next);
  };
}
