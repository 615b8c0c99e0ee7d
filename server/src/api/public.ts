import { hostname } from 'node:os';
import { enrollRequestSchema, type EndorsementsReply, type EnrollReply } from '@promptgate/shared';
import type { RequestContext } from '../context';
import { readJson, sendJson } from '@promptgate/shared/http-node';
import { BODY_LIMITS } from '../http/body-limits';
import { keyFingerprint } from '../keys/key-store';
import type { Handler } from '../http/router';

export const SERVER_VERSION = '0.1.0';

export const healthHandler: Handler<RequestContext> = ({ response }) => sendJson(response, 200, { ok: true, version: SERVER_VERSION });

/** `GET /.well-known/jwks.json`: the active key and every retired one (old bundles still verify). */
export const jwksHandler: Handler<RequestContext> = async ({ response, services }) => {
  await services.keys.active();
  sendJson(response, 200, await services.keys.publicJwks(), { 'cache-control': 'public, max-age=300' });
};

/** `GET /v1/keys/endorsements`: each rotation's new key signed by the one before it, in order. */
export const endorsementsHandler: Handler<RequestContext> = async ({ response, services }) =>
  sendJson(response, 200, { endorsements: await services.keys.endorsements() } satisfies EndorsementsReply);

/**
 * `POST /v1/enroll`: spends a one-time code; answers the device credential and the key to pin: the active key
 * only, so a new device never trusts a retired key (a retired key that leaks later signs nothing it accepts).
 */
export const enrollHandler: Handler<RequestContext> = async ({ request, response, services }) => {
  const body = await readJson(request, enrollRequestSchema, BODY_LIMITS.smallBytes);
  const { device, token } = await services.devices.redeem(body.code, body.deviceName ?? hostname());
  const active = await services.keys.active();
  sendJson(response, 201, { device, token, jwks: { keys: [active.publicJwk] }, fingerprint: keyFingerprint(active.kid) } satisfies EnrollReply);
};
