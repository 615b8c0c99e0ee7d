import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestContext } from '../context';
import { discardRest, HttpError, sendJson } from '@promptgate/shared/http-node';
import type { Handler } from '../http/router';
import { CallCancel } from './call-cancel';
import { upstreamAuth } from './credentials';
import { inspectedCall } from './inspected-call';
import { passThrough } from './pass-through';
import type { ProxyCall, ProxyDeps, ProxyState } from './proxy-call';
import { storedResponse, storedResponsePath } from './stored-response';
import type { ProviderAdapter } from './types';
import { upstreamUrl } from './upstreams';

/**
 * `/<provider>/v1/*`: routes a call to its inspected endpoint or through, and turns every failure into the
 * provider's error shape so the SDK raises its own typed error. A client that disconnects aborts the upstream
 * request (and a pending approval) at once.
 */
export function proxyHandler(adapter: ProviderAdapter, deps: ProxyDeps, state: ProxyState): Handler<RequestContext> {
  return async (context) => {
    const { request, response, services, params, url } = context;
    const cancel = new CallCancel();
    const onClose = () => {
      if (!response.writableFinished) cancel.cancel();
    };
    response.once('close', onClose);
    const rest = params['*'] ?? '';
    try {
      const target = upstreamUrl(deps.upstreams[adapter.name], rest, url.search);
      const auth = upstreamAuth(request, adapter, deps.keys, services.policy.active.policy.sdk.allowClientProviderKeys, target);
      const call: ProxyCall = { adapter, deps, context, rest, target, auth, ...state, cancel };
      const endpoint = request.method === 'POST' ? adapter.endpoints.find((candidate) => candidate.path === rest) : undefined;
      const stored = request.method === 'GET' && adapter.name === 'openai' ? storedResponsePath(rest) : undefined;
      if (endpoint) await inspectedCall(call, endpoint);
      else if (stored) await storedResponse(call, stored);
      else await passThrough(call);
    } catch (error) {
      await fail(request, response, adapter, error, deps, `${request.method} /${adapter.name}/v1/${rest}`);
    } finally {
      response.off('close', onClose);
    }
  };
}

async function fail(request: IncomingMessage, response: ServerResponse, adapter: ProviderAdapter, error: unknown, deps: ProxyDeps, where: string): Promise<void> {
  let known: HttpError;
  if (error instanceof HttpError) known = error;
  else if ((error as NodeJS.ErrnoException)?.code === 'ERR_STREAM_PREMATURE_CLOSE' || response.destroyed) known = new HttpError(499, 'client_closed', 'the client went away');
  else {
    deps.onError(error, where);
    known = new HttpError(500, 'internal_error', 'the promptgate gateway could not handle this request; see its log');
  }
  // Mid-stream, the only faithful signal left is to cut the connection, as a failing provider would.
  if (response.headersSent || known.status === 499) {
    response.destroy();
    return;
  }
  // A refused body is read and dropped (within bounds) before the answer: an SDK still writing it would
  // otherwise see its connection reset instead of the 413.
  if (known.status === 413 && !(await discardRest(request))) {
    response.setHeader('connection', 'close');
    response.once('finish', () => request.destroy());
  }
  sendJson(response, known.status, adapter.errorBody(known));
}
