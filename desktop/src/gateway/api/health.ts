import type { RequestContext } from '../context';
import { sendJson } from '@promptgate/shared/http-node';
import type { Handler } from '../http/router';

/**
 * `GET /api/health`: no token needed; says that a gateway is here, which version, and whether it can take
 * prompts. While the session log cannot record decisions (a full disk) every inspection is refused with 503
 * `session_log_unavailable`, so health answers the same status and code: a monitor, an SDK wrapper or the
 * person running `curl` learns why the gate is down before a prompt fails. It reports what the last write to
 * the log found, and clears as soon as a write gets in again.
 */
export const healthHandler: Handler<RequestContext> = ({ response, services }) => {
  const fault = services.logFault();
  if (!fault) {
    sendJson(response, 200, { ok: true, service: 'promptgate-gateway', version: GATEWAY_VERSION });
    return;
  }
  // `error` in the shape of every other refusal, so a client that shows an error's message shows this one.
  sendJson(response, 503, {
    ok: false,
    service: 'promptgate-gateway',
    version: GATEWAY_VERSION,
    unavailable: fault.code,
    error: { code: 'session_log_unavailable', message: `promptgate is unavailable: ${fault.message}` },
  });
};

export const GATEWAY_VERSION = '0.1.0';
