import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { sendJson, sendText } from '@promptgate/shared/http-node';
import type { RequestContext } from '../context';
import type { Handler } from '../http/router';
import { adminScript } from './admin-script';
import { signInConfig } from './sign-in-config';

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

export const rootRedirectHandler: Handler<RequestContext> = ({ response }) => {
  response.writeHead(302, { location: '/admin/ui/' });
  response.end();
};

const SCRIPT_TYPE = 'text/javascript; charset=utf-8';

function sendAsset(response: ServerResponse, asset: { file: string; type: string }): void {
  let body = cache.get(asset.file);
  if (!body) {
    body = readFileSync(fileURLToPath(new URL(`./assets/${asset.file}`, import.meta.url)));
    cache.set(asset.file, body);
  }
  sendText(response, 200, body, asset.type);
}

export const adminUiHandler: Handler<RequestContext> = async ({ response, params, services }) => {
  if (params['*'] === 'sign-in.json') {
    sendJson(response, 200, { oidc: signInConfig(services) ?? null });
    return;
  }
  if (params['*'] === 'admin.js') {
    sendText(response, 200, await adminScript(), SCRIPT_TYPE);
    return;
  }
  const asset = ASSETS[params['*'] ?? ''];
  if (!asset) {
    sendText(response, 404, 'not found', 'text/plain; charset=utf-8');
    return;
  }
  sendAsset(response, asset);
};

/** Browsers and tools ask for `/favicon.ico` whatever the page links; the SVG answers, so no 404 is logged. */
export const faviconHandler: Handler<RequestContext> = ({ response }) => sendAsset(response, ASSETS['favicon.svg']!);
