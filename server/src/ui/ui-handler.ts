import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { RequestContext, ServerServices } from '../context';
import { sendJson, sendText } from '../http/respond';
import type { Handler } from '../http/router';
import { adminScript } from './admin-script';

/**
 * The admin UI's files, read once; the page holds no data, the API does (behind the bearer token). Its script is
 * not a file here: it is bundled from TypeScript (admin-script.ts).
 */
const ASSETS: Record<string, { file: string; type: string }> = {
  '': { file: 'index.html', type: 'text/html; charset=utf-8' },
  'index.html': { file: 'index.html', type: 'text/html; charset=utf-8' },
  'admin.css': { file: 'admin.css', type: 'text/css; charset=utf-8' },
  'favicon.svg': { file: 'favicon.svg', type: 'image/svg+xml' },
};
const cache = new Map<string, Buffer>();

/** How the UI signs people in: with the IdP (code + PKCE) when the server has a UI client id, else a pasted token. */
function signInConfig(services: ServerServices): { issuer: string; clientId: string } | undefined {
  const options = services.oidc?.options;
  return options?.uiClientId ? { issuer: options.issuer, clientId: options.uiClientId } : undefined;
}

/** The page may talk to itself and, for sign-in (discovery and the token exchange), to the IdP's origin only. */
function csp(services: ServerServices): string {
  const idp = signInConfig(services);
  const connect = idp ? `'self' ${new URL(idp.issuer).origin}` : "'self'";
  return `default-src 'none'; script-src 'self'; style-src 'self'; connect-src ${connect}; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
}

export const rootRedirectHandler: Handler<RequestContext> = ({ response }) => {
  response.writeHead(302, { location: '/admin/ui/' });
  response.end();
};

const SCRIPT_TYPE = 'text/javascript; charset=utf-8';

function sendPage(response: ServerResponse, body: Buffer, type: string, services: ServerServices): void {
  sendText(response, 200, body, type, { 'content-security-policy': csp(services), 'x-frame-options': 'DENY' });
}

function sendAsset(response: ServerResponse, asset: { file: string; type: string }, services: ServerServices): void {
  let body = cache.get(asset.file);
  if (!body) {
    body = readFileSync(fileURLToPath(new URL(`./assets/${asset.file}`, import.meta.url)));
    cache.set(asset.file, body);
  }
  sendPage(response, body, asset.type, services);
}

export const adminUiHandler: Handler<RequestContext> = async ({ response, params, services }) => {
  if (params['*'] === 'sign-in.json') {
    sendJson(response, 200, { oidc: signInConfig(services) ?? null });
    return;
  }
  if (params['*'] === 'admin.js') {
    sendPage(response, await adminScript(), SCRIPT_TYPE, services);
    return;
  }
  const asset = ASSETS[params['*'] ?? ''];
  if (!asset) {
    sendText(response, 404, 'not found', 'text/plain; charset=utf-8');
    return;
  }
  sendAsset(response, asset, services);
};

/** Browsers and tools ask for `/favicon.ico` whatever the page links; the SVG answers, so no 404 is logged. */
export const faviconHandler: Handler<RequestContext> = ({ response, services }) => sendAsset(response, ASSETS['favicon.svg']!, services);
