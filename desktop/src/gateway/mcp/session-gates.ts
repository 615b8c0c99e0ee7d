import type { McpGate } from '../../mcp/relay';
import type { GatewayServices } from '../context';
import { gatewayMcpGate, type McpSessionInfo } from './gate';

/** Sessions whose gate (vault, detection memo) is kept; the least recently used goes first. */
const MAX_SESSIONS = 256;

/**
 * The gates of the stdio wrappers' sessions, which ask over HTTP one message at a time: a session keeps one
 * gate, so a secret keeps its placeholder across the session's calls and results. Keyed by the requester too,
 * so one token can never reach another's session.
 */
export class SessionGates {
  readonly #gates = new Map<string, McpGate>();

  constructor(private readonly services: GatewayServices) {}

  gateFor(session: McpSessionInfo): McpGate {
    const key = JSON.stringify([session.requester, session.server, session.sessionId]);
    let gate = this.#gates.get(key);
    if (gate === undefined) {
      gate = gatewayMcpGate(this.services, session);
      if (this.#gates.size >= MAX_SESSIONS) this.#gates.delete(this.#gates.keys().next().value!);
    } else {
      this.#gates.delete(key);
    }
    this.#gates.set(key, gate);
    return gate;
  }
}
