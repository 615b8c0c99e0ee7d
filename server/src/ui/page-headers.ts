import type { RequestHandler } from 'express';
import { pageHeaders } from '@promptgate/shared/http-node';
import type { ServerServices } from '../context';
import { signInConfig } from './sign-in-config';

/**
 * The admin UI's pages: nothing by default, its own scripts and styles; it may talk to itself and, for
 * sign-in (discovery and the token exchange), to the IdP's origin only; never framed.
 */
export function adminPageHeaders(services: ServerServices): RequestHandler {
  const idp = signInConfig(services);
  return pageHeaders({
    csp: {
      'default-src': ["'none'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'connect-src': idp ? ["'self'", new URL(idp.issuer).origin] : ["'self'"],
      'img-src': ["'self'", 'data:'],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
    },
    // Browsers ignore it over plain HTTP, and behind TLS it keeps them there.
    hsts: true,
  });
}
