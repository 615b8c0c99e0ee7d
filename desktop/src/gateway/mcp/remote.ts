import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { McpRelay, type McpGate } from '../../mcp/relay';
import type { McpSessionInfo } from './gate';

/** Remote MCP servers by the name agents use in `/mcp/<name>`. */
export type RemoteMcpServers = ReadonlyMap<string, URL>;

/** Sessions open at once across all remote servers: each holds two transports and a gate in memory. */
const MAX_SESSIONS = 64;
/** An agent that goes away seldom ends its session: one unused this long is closed, so it does not hold a place. */
const IDLE_MS = 30 * 60_000;

interface Session {
  requester: string;
  server: string;
  agentSide: StreamableHTTPServerTransport;
  relay: McpRelay;
  idle: NodeJS.Timeout;
}

export class InvalidMcpServerError extends Error {}

/**
 * `NAME=URL` entries (the gateway's `--mcp-server`): the name in letters, digits, `.`, `_`, `-`, so it goes into
 * `/mcp/<name>` and the session log as it is; the URL http(s), without credentials.
 */
export function parseRemoteMcpServers(entries: readonly string[]): Map<string, URL> {
  const servers = new Map<string, URL>();
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    const name = entry.slice(0, eq);
    if (eq < 1 || !/^[A-Za-z0-9._-]{1,64}$/.test(name)) throw new InvalidMcpServerError(`MCP server "${entry}": write it as NAME=URL, the name in letters, digits, ., _ or -`);
    let url: URL;
    try {
      url = new URL(entry.slice(eq + 1));
    } catch {
      throw new InvalidMcpServerError(`MCP server ${name}: "${entry.slice(eq + 1)}" is not a URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidMcpServerError(`MCP server ${name}: the URL must be http:// or https://`);
    if (url.username || url.password) throw new InvalidMcpServerError(`MCP server ${name}: the URL must not carry credentials (they would end up in logs)`);
    if (servers.has(name)) throw new InvalidMcpServerError(`MCP server ${name} is named twice`);
    servers.set(name, url);
  }
  return servers;
}

function headerOf(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}

function sendError(response: ServerResponse, status: number, code: string, message: string): void {
  if (response.headersSent) return;
  const body = JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32000, message }, promptgate: { code } });
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

/**
 * `/mcp/<name>`: the gateway as a Streamable HTTP MCP server in front of a remote one. Each agent session gets
 * a session of its own at the remote server, and a relay between the two that puts every `tools/call` and its
 * result through the gate. Sessions belong to the token that opened them: another token gets a 404, as for a
 * session that does not exist. Mounted on the raw request, with no body parser in front: the transport reads
 * (and caps) the body itself.
 */
export class RemoteMcpSessions {
  readonly #sessions = new Map<string, Session>();

  constructor(
    private readonly servers: RemoteMcpServers,
    private readonly gateFor: (session: McpSessionInfo) => McpGate,
    private readonly onError: (error: unknown, where: string) => void = () => {},
    private readonly idleMs: number = IDLE_MS,
  ) {}

  get size(): number {
    return this.#sessions.size;
  }

  async handle(request: IncomingMessage, response: ServerResponse, name: string, requester: string): Promise<void> {
    const remote = this.servers.get(name);
    if (remote === undefined) return sendError(response, 404, 'unknown_mcp_server', `promptgate has no MCP server named "${name}"; the gateway's --mcp-server option names them`);
    const sessionId = request.headers['mcp-session-id'];
    if (typeof sessionId === 'string') {
      const session = this.#sessions.get(sessionId);
      if (session === undefined || session.requester !== requester || session.server !== name) {
        return sendError(response, 404, 'unknown_mcp_session', 'this MCP session has ended or is not yours; initialize a new one');
      }
      session.idle.refresh();
      return session.agentSide.handleRequest(request, response);
    }
    if (request.method !== 'POST') return sendError(response, 400, 'mcp_session_required', 'start an MCP session with an initialize request first');
    if (this.#sessions.size >= MAX_SESSIONS) return sendError(response, 503, 'too_many_mcp_sessions', `promptgate has ${MAX_SESSIONS} MCP sessions open; close one and try again`);
    await this.#open(request, response, name, remote, requester);
  }

  async #open(request: IncomingMessage, response: ServerResponse, name: string, remote: URL, requester: string): Promise<void> {
    const id = randomUUID();
    const agentSide = new StreamableHTTPServerTransport({ sessionIdGenerator: () => id });
    const relay = new McpRelay({
      agentSide,
      serverSide: new StreamableHTTPClientTransport(remote),
      gate: this.gateFor({ server: name, requester, sessionId: id, run: headerOf(request, 'x-promptgate-session') }),
      onError: (error, where) => this.onError(error, `MCP server ${name}, ${where}`),
    });
    const idle = setTimeout(() => void relay.close(), this.idleMs);
    idle.unref();
    const session: Session = { requester, server: name, agentSide, relay, idle };
    this.#sessions.set(id, session);
    void relay.closed.then(() => {
      clearTimeout(idle);
      this.#sessions.delete(id);
    });
    await relay.start();
    await agentSide.handleRequest(request, response);
    // Not an initialize request after all (the transport refused it): no session was opened.
    if (agentSide.sessionId === undefined) await relay.close();
  }

  async closeAll(): Promise<void> {
    await Promise.allSettled([...this.#sessions.values()].map((session) => session.relay.close()));
  }
}
