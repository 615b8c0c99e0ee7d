import { z } from 'zod';
import { LIMITS } from '@promptgate/shared';
import type { Access } from '../auth';
import type { RequestContext } from '../context';
import { readJson, HttpError, sendJson } from '@promptgate/shared/http-node';
import type { Handler } from '../http/router';
import { InvalidProviderKeyError, isProvider, type Provider } from './providers';

/** What the local UI may do with provider keys: set, remove, and learn which are set. Never read one back. */
export interface ProviderKeyAdmin {
  list(): Record<Provider, boolean>;
  set(provider: Provider, key: string): void;
  remove(provider: Provider): boolean;
}

const putSchema = z.strictObject({ key: z.string().min(1).max(4096) });

function providerParam(params: Record<string, string>): Provider {
  const provider = params['provider'];
  if (!isProvider(provider)) throw new HttpError(404, 'unknown_provider', 'provider must be openai or anthropic');
  return provider;
}

/** The local UI's provider key routes: write-only keys, a boolean per provider to read. */
export function providerKeyUiRoutes(admin: ProviderKeyAdmin): Array<readonly [string, Access, Handler<RequestContext>]> {
  const list: Handler<RequestContext> = ({ response }) => sendJson(response, 200, admin.list());
  const put: Handler<RequestContext> = async ({ request, response, params }) => {
    const provider = providerParam(params);
    const body = await readJson(request, putSchema, LIMITS.smallBodyBytes);
    try {
      admin.set(provider, body.key);
    } catch (error) {
      if (error instanceof InvalidProviderKeyError) throw new HttpError(400, 'invalid_key', `key: ${error.message}`, { path: 'key' });
      throw error;
    }
    sendJson(response, 200, admin.list());
  };
  const remove: Handler<RequestContext> = ({ response, params }) => {
    if (!admin.remove(providerParam(params))) throw new HttpError(404, 'no_key', 'no key is set for this provider');
    sendJson(response, 200, admin.list());
  };
  return [
    ['GET /ui/api/provider-keys', 'ui', list],
    ['PUT /ui/api/provider-keys/:provider', 'ui', put],
    ['DELETE /ui/api/provider-keys/:provider', 'ui', remove],
  ];
}
