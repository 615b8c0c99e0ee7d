import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RequestContext } from '../context';
import { sendText } from '../http/respond';
import type { Handler } from '../http/router';

/** The admin UI's three files, read once; the page holds no data, the API does (behind the bearer token). */
const ASSETS: Record<string, { file: string; type: string }> = {
  '': { file: 'index.html', type: 'text/html; charset=utf-8' },
  'index.html': { file: 'index.html', type: 'text/html; charset=utf-8' },
  'admin.js': { file: 'admin.js', type: 'text/javascript; charset=utf-8' },
  'admin.css': { file: 'admin.css', type: 'text/css; charset=utf-8' },
};
const cache = new Map<string, Buffer>();

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const rootRedirectHandler: Handler<RequestContext> = ({ response }) => {
  response.writeHead(302, { location: '/admin/ui/' });
  response.end();
};

export const adminUiHandler: Handler<RequestContext> = ({ response, params }) => {
  const asset = ASSETS[params['*'] ?? ''];
  if (!asset) {
    sendText(response, 404, 'not found', 'text/plain; charset=utf-8');
    return;
  }
  let body = cache.get(asset.file);
  if (!body) {
    body = readFileSync(fileURLToPath(new URL(`./assets/${asset.file}`, import.meta.url)));
    cache.set(asset.file, body);
  }
  sendText(response, 200, body, asset.type, { 'content-security-policy': CSP, 'x-frame-options': 'DENY' });
};
