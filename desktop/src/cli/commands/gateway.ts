import { parseArgs } from 'node:util';
import { DEFAULT_PORT, startGateway, type RunningGateway } from '../../app/start-gateway';
import { PolicyFileError, formatPolicyError } from '../../policy/policy-file';
import { DEFAULT_UPSTREAMS, InvalidUpstreamError } from '../../gateway/proxy/upstreams';
import { InvalidMcpServerError, parseRemoteMcpServers } from '../../gateway/mcp/remote';
import { defaultDataDir } from '../data-dir';
import { parsePort } from '../port';
import { UsageError } from '../errors';
import { writeLine, type CliIo } from '../io';

export const gatewayUsage = `promptgate gateway [--port ${DEFAULT_PORT}] [--data-dir DIR] [--policy FILE] [--upstream-openai URL] [--upstream-anthropic URL] [--mcp-server NAME=URL ...]
  Runs the gateway on 127.0.0.1 until SIGINT or SIGTERM. --port 0 picks a free port. Prints
  "promptgate gateway listening on http://127.0.0.1:PORT" when ready, and the local UI link on stderr (it opens
  once; \`promptgate ui\` prints a new one).
  --upstream-*: where the SDK proxy sends requests (default ${DEFAULT_UPSTREAMS.openai}, ${DEFAULT_UPSTREAMS.anthropic});
  an Azure OpenAI or OpenAI-compatible base URL, or a corporate egress proxy.
  --mcp-server: a remote MCP server (Streamable HTTP) agents reach through the gateway at /mcp/NAME, its tool
  calls under the tool-call policy; repeat it for more servers.`;

export const gatewayOptions = {
  port: { type: 'string' },
  'data-dir': { type: 'string' },
  policy: { type: 'string' },
  'upstream-openai': { type: 'string' },
  'upstream-anthropic': { type: 'string' },
  'mcp-server': { type: 'string', multiple: true },
} as const;

/** Starts the gateway or turns the usual start-up failures into one clear line. */
export async function startFromFlags(values: {
  port?: string;
  'data-dir'?: string;
  policy?: string;
  'upstream-openai'?: string;
  'upstream-anthropic'?: string;
  'mcp-server'?: string[];
}): Promise<RunningGateway> {
  const port = parsePort(values.port);
  try {
    const upstreams = {
      ...(values['upstream-openai'] ? { openai: values['upstream-openai'] } : {}),
      ...(values['upstream-anthropic'] ? { anthropic: values['upstream-anthropic'] } : {}),
    };
    return await startGateway({
      port,
      dataDir: values['data-dir'] ?? defaultDataDir(),
      ...(values.policy ? { policyFile: values.policy } : {}),
      upstreams,
      mcpServers: parseRemoteMcpServers(values['mcp-server'] ?? []),
    });
  } catch (error) {
    if (error instanceof InvalidUpstreamError || error instanceof InvalidMcpServerError) throw new UsageError(error.message);
    if (error instanceof PolicyFileError) throw new UsageError(error.errors.map((e) => `${error.file}: ${formatPolicyError(e)}`).join('\n'));
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`port ${port} is in use (is a gateway already running? try --port 0)`);
    if (code === 'EACCES') throw new UsageError(`cannot use port ${port} or the data directory: permission denied`);
    throw error;
  }
}

/** Resolves when SIGINT or SIGTERM arrives, after the gateway has closed cleanly. */
export function closeOnSignal(gateway: RunningGateway, io: CliIo): Promise<void> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      writeLine(io.stderr, `promptgate gateway: ${signal}, finishing requests in flight…`);
      void gateway.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export async function gatewayCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: gatewayOptions, allowPositionals: false });
  void positionals;
  const gateway = await startFromFlags(values);
  writeLine(io.stdout, `promptgate gateway listening on ${gateway.url}`);
  writeLine(io.stderr, `local UI: ${gateway.uiUrl}`);
  await closeOnSignal(gateway, io);
  return 0;
}
