import { LIMITS, pairRequestSchema } from '@promptgate/shared';
import type { RequestContext } from '../context';
import { readJson, HttpError, sendJson } from '@promptgate/shared/http-node';
import type { Handler } from '../http/router';

/** Exchanges a one-time code for an extension token; implemented by the pairing store. */
export interface PairingAuthority {
  redeem(code: string, clientName: string): { ok: true; token: string } | { ok: false; code: 'invalid' | 'expired' | 'used' | 'rate_limited' };
}

const FAILURES = {
  invalid: [400, 'That code is not valid. Check it, or show a new one in promptgate.'],
  expired: [400, 'That code has expired. Show a new one in promptgate.'],
  used: [400, 'That code was already used. Show a new one in promptgate.'],
  rate_limited: [429, 'Too many wrong codes. Wait a minute, then try again.'],
} as const;

/** `POST /api/pair`: the options page sends the code a person read off the gateway. */
export function pairHandler(pairing: PairingAuthority): Handler<RequestContext> {
  return async ({ request, response }) => {
    const body = await readJson(request, pairRequestSchema, LIMITS.smallBodyBytes);
    const result = pairing.redeem(body.code, body.name);
    if (!result.ok) {
      const [status, message] = FAILURES[result.code];
      throw new HttpError(status, `pairing_${result.code}`, message);
    }
    sendJson(response, 200, { token: result.token });
  };
}
