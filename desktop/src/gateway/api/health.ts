import type { RequestContext } from '../context';
import { sendJson } from '../http/respond';
import type { Handler } from '../http/router';

/** `GET /api/health`: no token needed; says only that a gateway is here and which version. */
export const healthHandler: Handler<RequestContext> = ({ response }) => {
  sendJson(response, 200, { ok: true, service: 'promptgate-gateway', version: GATEWAY_VERSION });
};

export const GATEWAY_VERSION = '0.1.0';
