import { pageHeaders } from '@promptgate/shared/http-node';

/** The local UI's pages: its own origin only, no inline script, no third-party anything, never framed. */
export const uiPageHeaders = pageHeaders({
  csp: {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'frame-ancestors': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
  },
  // Plain HTTP on loopback: there is no HTTPS to send a browser back to.
  hsts: false,
});
