import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { z } from 'zod';
import { DEFAULT_PORT } from '../../gateway/default-port';
import { callVerdictSchema, MCP_CHECK_PATHS, resultVerdictSchema } from '../../mcp/check-protocol';
import { McpRelay, type McpGate } from '../../mcp/relay';
import { ExitCode, UsageError } from '../errors';
import { writeLine, type CliIo } from '../io';
import { parsePort } from '../port';

export const mcpUsage = `promptgate mcp [--port ${DEFAULT_PORT}] [--name NAME] -- <command> [args...]
  Runs a local MCP server (stdio) behind promptgate: the agent starts this instead of the server, and every
  tools/call passes the tool-call policy of the running gateway (hold for an approver, or block) and its
  secrets are masked; every result is checked like a prompt before the agent (and its model) reads it. The
  session is recorded in the gateway's session log. Everything else passes through unchanged.
  Needs a running gateway and an SDK token in PROMPTGATE_TOKEN (\`promptgate token create --kind sdk NAME\`).
  If the gateway cannot be asked, tool calls are refused (never run unchecked).
  --name: how the session log names this server (default: the command's file name).
  PROMPTGATE_SESSION: the agent run's name, as its model calls send it in x-promptgate-session: the session log
  then shows the tool calls in that run's session (otherwise each wrapper run is a session of its own).
Exit code: 0 when the session ends, 2 usage error, 3 the server could not be started.`;

/** Hang protection for one check; a held call waits for its approver up to the policy's own timeout. */
const CHECK_TIMEOUT_MS = 15 * 60 * 1000;

/** Asks the gateway at `origin`; a refusal or an unreadable answer throws, and the relay then fails closed. */
function httpGate(origin: string, token: string, names: { server: string; session: string; run: string | undefined }): McpGate {
  async function ask<T extends z.ZodType>(path: string, body: unknown, schema: T, signal: AbortSignal): Promise<z.output<T>> {
    let response: Response;
    try {
      response = await fetch(origin + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
        signal: AbortSignal.any([signal, AbortSignal.timeout(CHECK_TIMEOUT_MS)]),
      });
    } catch {
      throw new Error(`no promptgate gateway answered at ${origin}`);
    }
    const text = await response.text();
    let answer: unknown;
    try {
      answer = JSON.parse(text);
    } catch {
      answer = undefined;
    }
    if (!response.ok) {
      const message = (answer as { error?: { message?: unknown } } | undefined)?.error?.message;
      throw new Error(`the gateway refused (HTTP ${response.status}): ${typeof message === 'string' ? message : 'no reason given'}`);
    }
    const parsed = schema.safeParse(answer);
    if (!parsed.success) throw new Error(`${origin} answered, but not the way a promptgate gateway does`);
    return parsed.data;
  }
  return {
    checkCall: (call, signal) => ask(MCP_CHECK_PATHS.call, { ...names, tool: call.tool, arguments: call.arguments }, callVerdictSchema, signal),
    checkResult: (call, result, signal) => ask(MCP_CHECK_PATHS.result, { ...names, tool: call.tool, arguments: call.arguments, result }, resultVerdictSchema, signal),
  };
}

export async function mcpCommand(args: string[], io: CliIo): Promise<number> {
  const separator = args.indexOf('--');
  if (separator < 0 || separator === args.length - 1)
    throw new UsageError('name the MCP server to run after --, e.g. promptgate mcp -- npx -y @modelcontextprotocol/server-filesystem .');
  const { values } = parseArgs({ args: args.slice(0, separator), options: { port: { type: 'string' }, name: { type: 'string' } } });
  const [command, ...commandArgs] = args.slice(separator + 1) as [string, ...string[]];
  const port = parsePort(values.port);
  if (port === 0) throw new UsageError('--port 0 picks a free port when a gateway starts; pass the port it printed');
  const token = process.env['PROMPTGATE_TOKEN'];
  if (!token) throw new UsageError('set PROMPTGATE_TOKEN to an SDK token of the running gateway (promptgate token create --kind sdk NAME)');
  const server = values.name ?? basename(command);

  // The server gets the agent's environment (its own keys and settings), but not promptgate's token.
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'PROMPTGATE_TOKEN') env[key] = value;
  const serverSide = new StdioClientTransport({ command, args: commandArgs, env, stderr: 'inherit' });
  const agentSide = new StdioServerTransport(io.stdin, io.stdout);
  const relay = new McpRelay({
    agentSide,
    serverSide,
    gate: httpGate(`http://127.0.0.1:${port}`, token, { server, session: randomUUID(), run: process.env['PROMPTGATE_SESSION'] || undefined }),
    onError: (error, where) => writeLine(io.stderr, `promptgate mcp: ${where}: ${error.message}`),
  });
  // The agent closing its end of the pipe ends the session (the stdio transport does not watch for it); the
  // server exiting ends it too (the relay sees its transport close).
  io.stdin.once('end', () => void relay.close());
  try {
    await relay.start();
  } catch (error) {
    writeLine(io.stderr, `promptgate mcp: could not start ${command}: ${error instanceof Error ? error.message : String(error)}`);
    await relay.close();
    return ExitCode.server;
  }
  await relay.closed;
  return ExitCode.clean;
}
