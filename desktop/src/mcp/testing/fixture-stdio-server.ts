/** The fixture MCP server as a program on stdio, the way an agent's MCP config starts a local server. */
import { appendFileSync } from 'node:fs';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { fixtureMcpServer } from './fixture-server';

const logFile = process.env['MCP_FIXTURE_LOG'];
const server = fixtureMcpServer((command) => {
  if (logFile) appendFileSync(logFile, command + '\n');
});
await server.connect(new StdioServerTransport());
