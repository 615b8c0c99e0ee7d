import type { GatewayServices } from '../context';
import type { GatewayRoute } from '../http/router';
import { maskFreeText } from '../mask-free-text';
import { mcpCheckHandlers } from './check-api';
import { gatewayMcpGate } from './gate';
import { RemoteMcpSessions, type RemoteMcpServers } from './remote';
import { SessionGates } from './session-gates';

/**
 * The MCP gateway's routes: `/mcp/<name>` for the remote servers (streaming, on the raw request) and the two
 * checks the stdio wrapper asks. Both need an SDK token: an agent's MCP config sends it as a bearer token.
 */
export function mcpRoutes(
  services: GatewayServices,
  servers: RemoteMcpServers,
  onError: (error: unknown, where: string) => void,
): { api: GatewayRoute[]; streaming: GatewayRoute[]; sessions: RemoteMcpSessions } {
  // A transport's error can quote what the remote server answered: it is masked like any text before the log.
  const report = (error: unknown, where: string) =>
    onError(new Error(maskFreeText(error instanceof Error ? error.message : String(error), services.policy.active.extraRules)), where);
  const sessions = new RemoteMcpSessions(servers, (session) => gatewayMcpGate(services, session), report);
  const check = mcpCheckHandlers(new SessionGates(services));
  const remote: GatewayRoute[2] = ({ request, response, params, caller }) => sessions.handle(request, response, params['name']!, caller.name);
  return {
    api: [
      ['POST /api/mcp/tool-call', 'sdk', check.call],
      ['POST /api/mcp/tool-result', 'sdk', check.result],
    ],
    streaming: [
      ['POST /mcp/:name', 'sdk', remote],
      ['GET /mcp/:name', 'sdk', remote],
      ['DELETE /mcp/:name', 'sdk', remote],
    ],
    sessions,
  };
}
