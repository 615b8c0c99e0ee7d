import { createServer, type Server } from 'node:http';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { McpGate } from '../../mcp/relay';
import { fixtureMcpServer } from '../../mcp/testing/fixture-server';
import { RemoteMcpSessions } from './remote';

const ALLOW_ALL: McpGate = {
  checkCall: (call) => Promise.resolve({ run: true, arguments: call.arguments }),
  checkResult: (_call, result) => Promise.resolve({ deliver: true, result }),
};

function listen(server: Server): Promise<string> {
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(server.address() as { port: number }).port}`)));
}

describe('remote MCP sessions', () => {
  let remote: Server;
  let front: Server;
  let sessions: RemoteMcpSessions;
  let frontUrl: string;

  beforeAll(async () => {
    remote = createServer((request, response) => {
      const server = fixtureMcpServer(() => {});
      const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
      response.on('close', () => void transport.close().then(() => server.close()));
      void server.connect(transport).then(() => transport.handleRequest(request, response));
    });
    const remoteUrl = await listen(remote);
    // A short idle bound, so the test sees an abandoned session go.
    sessions = new RemoteMcpSessions(
      new Map([['fixture', new URL(`${remoteUrl}/mcp`)]]),
      () => ALLOW_ALL,
      () => {},
      200,
    );
    front = createServer((request, response) => void sessions.handle(request, response, 'fixture', 'agent'));
    frontUrl = await listen(front);
  });
  afterAll(async () => {
    await sessions.closeAll();
    await new Promise((done) => front.close(done));
    await new Promise((done) => remote.close(done));
  });

  it('closes a session its agent left without ending it, so it does not hold one of the places', async () => {
    const client = new Client({ name: 'agent', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${frontUrl}/mcp/fixture`)));
    expect((await client.listTools()).tools.length).toBe(3);
    expect(sessions.size).toBe(1);
    // The agent goes quiet without a DELETE.
    await expect.poll(() => sessions.size, { timeout: 30_000 }).toBe(0);
    await client.close().catch(() => {});
  });
});
