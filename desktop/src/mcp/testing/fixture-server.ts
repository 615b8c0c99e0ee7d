/**
 * A small MCP server for the relay's tests (`fixture-stdio-server.ts` runs it as a program):
 * `shell` hands each command it is given to `log` instead of running it, so a test can tell whether a call
 * reached the server; `read_config` answers with a credential in its text, `read_config_file` with the same
 * text as a file, base64 in an embedded resource's `blob`.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

export const FIXTURE_TOKEN = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';

export function fixtureMcpServer(log: (command: string) => void): McpServer {
  const server = new McpServer({ name: 'fixture-server', version: '1.0.0' });
  server.registerTool('shell', { description: 'Runs a shell command', inputSchema: { command: z.string() } }, ({ command }) => {
    log(command);
    return { content: [{ type: 'text', text: `ran ${command}` }] };
  });
  server.registerTool('read_config', { description: 'Reads the deployment settings', inputSchema: {} }, () => ({
    content: [{ type: 'text', text: `region=eu-west-1\nGITHUB_TOKEN=${FIXTURE_TOKEN}\n` }],
  }));
  server.registerTool('read_config_file', { description: 'Reads the deployment settings file', inputSchema: {} }, () => ({
    content: [
      {
        type: 'resource',
        resource: { uri: 'file:///srv/app/.env', mimeType: 'text/plain', blob: Buffer.from(`region=eu-west-1\nGITHUB_TOKEN=${FIXTURE_TOKEN}\n`).toString('base64') },
      },
    ],
  }));
  return server;
}
