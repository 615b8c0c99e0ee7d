import type { RequestContext } from '../context';
import { cookie } from '../auth';
import type { UiSessions } from '../ui-sessions';
import { HttpError, sendText } from '@promptgate/shared/http-node';
import type { Handler } from '../http/router';

export interface UiAsset {
  body: Buffer;
  contentType: string;
}

/**
 * `GET /ui/*`: the local UI's files. Opening `/ui/?key=KEY` (a link the gateway printed) spends the key for a
 * session in an HttpOnly, SameSite=Strict cookie and redirects to a URL without it, so the key does not
 * linger in history or screenshots. A spent key opens nothing, except for the browser it already logged in
 * (a desktop window opening the same link again).
 */
export function uiStaticHandler(loadAssets: () => Promise<Map<string, UiAsset>>, sessions: UiSessions): Handler<RequestContext> {
  return async ({ request, response, url, params }) => {
    const key = url.searchParams.get('key');
    if (key !== null) {
      const redeemed = sessions.redeem(key);
      if ('refused' in redeemed && !(redeemed.refused === 'used' && sessions.verify(cookie(request, sessions.cookieName)))) {
        throw new HttpError(
          401,
          'unauthorized',
          redeemed.refused === 'used'
            ? 'this link was already used: a link opens the UI once, in the browser that opened it first; `promptgate ui` prints a new one'
            : 'this link is from an earlier launch; open the one the gateway printed now, or get a new one with `promptgate ui`',
        );
      }
      response.writeHead(303, {
        location: '/ui/',
        ...('session' in redeemed ? { 'set-cookie': `${sessions.cookieName}=${redeemed.session}; HttpOnly; SameSite=Strict; Path=/` } : {}),
        'cache-control': 'no-store',
      });
      response.end();
      return;
    }
    if ((params['*'] ?? '').startsWith('api/')) throw new HttpError(404, 'not_found', `no route for ${url.pathname}`);
    const assets = await loadAssets();
    const asset = assets.get(params['*'] || 'index.html') ?? assets.get('index.html');
    if (!asset) throw new HttpError(404, 'not_found', 'the UI is not built');
    // The page headers (CSP, never framed) come from `uiPageHeaders`, in front of every `/ui` answer.
    sendText(response, 200, asset.body, asset.contentType);
  };
}

/** `GET /`: people type the bare address; send them to the UI. */
export const rootRedirectHandler: Handler<RequestContext> = ({ response }) => {
  response.writeHead(302, { location: '/ui/' });
  response.end();
};
