import type { RequestContext } from '../context';
import { sendJson } from '@promptgate/shared/http-node';
import type { Handler } from '../http/router';

/**
 * `GET /api/policy`: what the extension caches for when the gateway is unreachable — the fail mode, and in
 * fail-open mode the policy itself, so the bundled engine can redact locally.
 */
export const policyHandler: Handler<RequestContext> = ({ response, services }) => {
  const { policy, source, loadedAt } = services.policy.active;
  sendJson(response, 200, { source, loadedAt, name: policy.name, version: policy.version, failMode: policy.failMode, restoreResponses: policy.restoreResponses, policy });
};
