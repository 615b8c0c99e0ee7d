import type { ServerResponse } from 'node:http';
import { LIMITS } from '@promptgate/shared';
import { readJson, sendJson } from '@promptgate/shared/http-node';
import { toolCallCheckSchema, toolResultCheckSchema } from '../../mcp/check-protocol';
import type { RequestContext } from '../context';
import type { Handler } from '../http/router';
import type { McpSessionInfo } from './gate';
import type { SessionGates } from './session-gates';

/** Aborted when the wrapper gives up on its request before the answer, so a held call stops waiting. */
function abandoned(response: ServerResponse): AbortSignal {
  const controller = new AbortController();
  response.once('close', () => {
    if (!response.writableFinished) controller.abort();
  });
  return controller.signal;
}

function sessionOf(body: { server: string; session: string; run?: string | undefined }, requester: string): McpSessionInfo {
  return { server: body.server, requester, sessionId: body.session, run: body.run };
}

/**
 * `POST /api/mcp/tool-call` and `/api/mcp/tool-result`: the stdio wrapper (`promptgate mcp`) asks here about
 * each call and each result of its session; the answer is the gate's verdict (a held call answers once an
 * approver decided). The session is the caller's own: its token name is part of the session's key.
 */
export function mcpCheckHandlers(gates: SessionGates): { call: Handler<RequestContext>; result: Handler<RequestContext> } {
  return {
    async call({ request, response, caller }) {
      const body = await readJson(request, toolCallCheckSchema, LIMITS.inspectBodyBytes);
      const gate = gates.gateFor(sessionOf(body, caller.name));
      sendJson(response, 200, await gate.checkCall({ tool: body.tool, arguments: body.arguments }, abandoned(response)));
    },
    async result({ request, response, caller }) {
      const body = await readJson(request, toolResultCheckSchema, LIMITS.inspectBodyBytes);
      const gate = gates.gateFor(sessionOf(body, caller.name));
      sendJson(response, 200, await gate.checkResult({ tool: body.tool, arguments: body.arguments }, body.result, abandoned(response)));
    },
  };
}
