import { z } from 'zod';
import { LIMITS } from '@promptgate/shared';
import type { RequestContext } from '../context';
import { readJson, HttpError, sendJson } from '@promptgate/shared/http-node';
import type { Handler } from '../http/router';
import type { UiDeps } from './deps';
import { InvalidTokenNameError, TokenNameTakenError } from '../../auth';

/** `POST /ui/api/pairing-code`: a fresh one-time code for the extension's options page. */
export function pairingCodeHandler(deps: UiDeps): Handler<RequestContext> {
  return ({ response }) => sendJson(response, 200, deps.auth.issuePairingCode());
}

/** `GET /ui/api/tokens`: names and dates only; a token is shown once, when created. */
export function listTokensHandler(deps: UiDeps): Handler<RequestContext> {
  return ({ response }) => sendJson(response, 200, { tokens: deps.auth.list() });
}

const kind = z.enum(['extension', 'sdk']);
const createTokenSchema = z.strictObject({
  kind,
  name: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[\w .@-]+$/, 'letters, digits, space, . _ @ - only'),
});

/** `POST /ui/api/tokens`: creates a token and shows it this once. */
export function createTokenHandler(deps: UiDeps): Handler<RequestContext> {
  return async ({ request, response }) => {
    const body = await readJson(request, createTokenSchema, LIMITS.smallBodyBytes);
    try {
      sendJson(response, 201, { kind: body.kind, name: body.name, token: deps.auth.create(body.kind, body.name) });
    } catch (error) {
      if (error instanceof TokenNameTakenError) throw new HttpError(409, 'token_name_taken', `a ${body.kind} token named "${body.name}" exists already`);
      if (error instanceof InvalidTokenNameError) throw new HttpError(400, 'invalid_request', `name: ${error.message}`, { path: 'name' });
      throw error;
    }
  };
}

/** `DELETE /ui/api/tokens/:kind/:name`: revokes at once; the next request with it gets 401. */
export function revokeTokenHandler(deps: UiDeps): Handler<RequestContext> {
  return ({ response, params }) => {
    const parsed = kind.safeParse(params['kind']);
    if (!parsed.success) throw new HttpError(400, 'invalid_request', 'kind: extension or sdk', { path: 'kind' });
    if (!deps.auth.revoke(params['name']!, parsed.data)) throw new HttpError(404, 'unknown_token', 'no such token');
    sendJson(response, 200, { revoked: true });
  };
}
