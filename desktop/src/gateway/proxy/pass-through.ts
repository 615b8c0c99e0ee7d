import type { ProxyCall } from './proxy-call';
import { conversationOf } from './call-info';
import { upstreamHeaders } from './forward-headers';
import { HttpError } from '@promptgate/shared/http-node';
import { hasBody } from './read-body';
import { relayError } from './relay-error';
import { relayRaw } from './relay';

/**
 * Endpoints without text to inspect (`GET /models`, file metadata, batch status) go through as they are. A body
 * on an endpoint the proxy does not understand could carry anything, so it is refused unless policy
 * `sdk.unknownEndpoints` allows it, and then the call is logged as uninspected.
 */
export async function passThrough(call: ProxyCall): Promise<void> {
  const { request, response, services, caller } = call.context;
  const method = request.method ?? 'GET';
  const withBody = hasBody(request);
  const policy = services.policy.active.policy;
  if (withBody) {
    if (policy.sdk.unknownEndpoints !== 'allow') {
      throw new HttpError(
        403,
        'endpoint_not_inspected',
        `promptgate does not inspect ${method} /v1/${call.rest} and will not send its body unchecked (policy sdk.unknownEndpoints is "block"). ` +
          `Inspected: ${call.adapter.endpoints.map((endpoint) => `/v1/${endpoint.path}`).join(', ')}. An admin can set sdk.unknownEndpoints to "allow".`,
      );
    }
    services.recorder.record({
      sessionKind: 'sdk',
      source: caller.name,
      conversationId: conversationOf(request, call.adapter.name),
      requester: caller.name,
      kind: 'inspect',
      verdict: 'allow',
      maskedText: '',
      findings: [],
      detail: { provider: call.adapter.name, endpoint: call.rest, method, uninspected: true, policyVersion: policy.version },
    });
  }
  const headers = upstreamHeaders(request.headers, call.auth, false);
  if (withBody && request.headers['content-length']) headers['content-length'] = request.headers['content-length'];
  const upstream = await call.deps.client.send(call.target, { method, headers, ...(withBody ? { body: request } : {}), cancel: call.cancel });
  if ((upstream.statusCode ?? 502) >= 400) await relayError(response, upstream, call.auth);
  else await relayRaw(response, upstream);
}
