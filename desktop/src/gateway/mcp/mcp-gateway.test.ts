import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_TOKEN, fixtureMcpServer } from '../../mcp/testing/fixture-server';
import OpenAI from 'openai';
import { startTestGateway, type ProxyTestGateway } from '../testing/test-gateway';

const REPO = resolve(import.meta.dirname, '../../../..');
const BIN = join(REPO, 'desktop/bin/promptgate.js');
const FIXTURE_STDIO_SERVER = join(REPO, 'desktop/src/mcp/testing/fixture-stdio-server.ts');

/** An admin rule next to the built-in pack: deploys wait for an approver. */
const POLICY = `
name: mcp test
version: 1
toolCalls:
  rules:
    - id: deploys
      title: Deploy to an environment
      tool: shell
      arguments: [command]
      pattern: '^deploy '
      action: hold
`;

interface ToolText {
  isError?: boolean;
  content: Array<{ type: string; text?: string }>;
}

function textOf(result: unknown): string {
  return (result as ToolText).content.map((part) => part.text ?? '').join('');
}

interface McpEvent {
  sessionId: string;
  verdict: string;
  maskedText: string;
  detail: { mcp?: { tool: string; message: string } };
}

/** The events the session log holds for MCP sessions. */
function mcpEvents(gateway: ProxyTestGateway): McpEvent[] {
  return (gateway.gateway.log.searchEvents() as unknown as McpEvent[]).filter((event) => event.detail.mcp !== undefined);
}

/** Decides the next pending approval as an approver in the local UI does, once it shows up. */
async function decideNext(gateway: ProxyTestGateway, decision: 'approve' | 'deny'): Promise<{ maskedSegments: Array<{ text: string }>; heldFor: Array<{ type: string }> }> {
  const pending = await expect
    .poll(async () => ((await (await gateway.ui('approvals')).json()) as { approvals: Array<{ id: string; status: string }> }).approvals.filter((a) => a.status === 'pending'))
    .toHaveLength(1)
    .then(async () =>
      (
        (await (await gateway.ui('approvals')).json()) as {
          approvals: Array<{ id: string; status: string; maskedSegments: Array<{ text: string }>; heldFor: Array<{ type: string }> }>;
        }
      ).approvals.find((a) => a.status === 'pending')!,
    );
  const answer = await gateway.ui(`approvals/${pending.id}/decision`, { method: 'POST', body: { decision, reason: decision === 'deny' ? 'not today' : 'fine' } });
  expect(answer.status).toBe(200);
  return pending;
}

describe('the MCP gateway', () => {
  let gateway: ProxyTestGateway;
  let scratch: string;
  let remote: Server;
  const remoteRan: string[] = [];

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'pg-mcp-'));
    // The remote server, stateless: a server and transport per request, as the SDK's examples do.
    remote = createServer((request, response) => {
      const server = fixtureMcpServer((command) => remoteRan.push(command));
      const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
      response.on('close', () => void transport.close().then(() => server.close()));
      void server.connect(transport).then(() => transport.handleRequest(request, response));
    });
    await new Promise<void>((done) => remote.listen(0, '127.0.0.1', done));
    const address = remote.address() as { port: number };
    gateway = await startTestGateway({ fakeProviders: true, policyYaml: POLICY, mcpServers: new Map([['fixture', new URL(`http://127.0.0.1:${address.port}/mcp`)]]) });
  });

  afterAll(async () => {
    await gateway?.stop();
    await new Promise((done) => remote.close(done));
    await rm(scratch, { recursive: true, force: true });
  });

  describe('promptgate mcp -- <command>: a local stdio server', () => {
    let client: Client;
    const ranLog = () => join(scratch, 'stdio-ran.txt');
    const ran = async () => (await readFile(ranLog(), 'utf8').catch(() => '')).split('\n').filter(Boolean);

    beforeAll(async () => {
      client = new Client({ name: 'agent', version: '1.0.0' });
      await client.connect(
        new StdioClientTransport({
          command: process.execPath,
          args: [BIN, 'mcp', '--port', String(gateway.gateway.port), '--name', 'fixture-stdio', '--', process.execPath, '--import', 'tsx', FIXTURE_STDIO_SERVER],
          cwd: REPO,
          env: { ...(process.env as Record<string, string>), PROMPTGATE_TOKEN: gateway.sdkToken, PROMPTGATE_SESSION: 'agent run 42', MCP_FIXTURE_LOG: ranLog() },
          stderr: 'pipe',
        }),
      );
    });
    afterAll(async () => {
      await client.close();
    });

    it('passes the server through: its tools are listed and an ordinary command runs', async () => {
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name).sort()).toEqual(['read_config', 'read_config_file', 'shell']);
      const result = await client.callTool({ name: 'shell', arguments: { command: 'git status' } });
      expect(textOf(result)).toBe('ran git status');
      expect(await ran()).toEqual(['git status']);
    });

    it('blocks a call the built-in pack blocks: the agent reads why, the server never sees it', async () => {
      const result = await client.callTool({ name: 'shell', arguments: { command: 'rm -rf /' } });
      expect(result.isError).toBe(true);
      expect(textOf(result)).toMatch(/promptgate blocked this tool call by policy: .*\(delete-everything\)/);
      expect(await ran()).not.toContain('rm -rf /');
    });

    it('holds a call for an approver, who sees the command; denied, it never runs', async () => {
      const call = client.callTool({ name: 'shell', arguments: { command: 'deploy prod' } });
      const shown = await decideNext(gateway, 'deny');
      expect(shown.maskedSegments.map((segment) => segment.text)).toContain('deploy prod');
      expect(shown.heldFor.map((finding) => finding.type)).toContain('tool-call:deploys');
      const result = await call;
      expect(result.isError).toBe(true);
      expect(textOf(result)).toMatch(/denied.*not today.*The tool call was not run/s);
      expect(await ran()).not.toContain('deploy prod');
    });

    it('runs a held call unchanged once approved', async () => {
      const call = client.callTool({ name: 'shell', arguments: { command: 'deploy staging' } });
      await decideNext(gateway, 'approve');
      expect(textOf(await call)).toBe('ran deploy staging');
      expect(await ran()).toContain('deploy staging');
    });

    it("masks a secret in a tool's result before the agent (and its model) reads it", async () => {
      const text = textOf(await client.callTool({ name: 'read_config', arguments: {} }));
      expect(text).not.toContain(FIXTURE_TOKEN);
      expect(text).toMatch(/GITHUB_TOKEN=\[[A-Z_]+_1\]/);
    });

    it("records the session in the session log, masked, in the agent run's session", async () => {
      const run = gateway.gateway.log.listSessions().sessions.find((session) => session.conversationId === 'agent run 42');
      expect(run?.kind).toBe('sdk');
      const events = mcpEvents(gateway).filter((event) => event.sessionId === run?.id);
      const calls = events.filter((event) => event.detail.mcp?.message === 'tools/call');
      expect(calls.map((event) => event.verdict)).toEqual(expect.arrayContaining(['allow', 'block', 'hold']));
      expect(JSON.stringify(events)).not.toContain(FIXTURE_TOKEN);
      expect(events.some((event) => event.detail.mcp?.message === 'tools/call result' && event.verdict === 'redact')).toBe(true);
    });

    it('refuses every call when no gateway answers, rather than running it unchecked', async () => {
      const lonely = new Client({ name: 'agent', version: '1.0.0' });
      const closedPort = await new Promise<number>((done) => {
        const probe = createServer().listen(0, '127.0.0.1', () => {
          const { port } = probe.address() as { port: number };
          probe.close(() => done(port));
        });
      });
      await lonely.connect(
        new StdioClientTransport({
          command: process.execPath,
          args: [BIN, 'mcp', '--port', String(closedPort), '--', process.execPath, '--import', 'tsx', FIXTURE_STDIO_SERVER],
          cwd: REPO,
          env: { ...(process.env as Record<string, string>), PROMPTGATE_TOKEN: gateway.sdkToken, MCP_FIXTURE_LOG: join(scratch, 'lonely-ran.txt') },
          stderr: 'pipe',
        }),
      );
      const result = await lonely.callTool({ name: 'shell', arguments: { command: 'ls' } });
      await lonely.close();
      expect(result.isError).toBe(true);
      expect(textOf(result)).toContain('promptgate could not check this tool call, so it did not run it');
      expect(await readFile(join(scratch, 'lonely-ran.txt'), 'utf8').catch(() => '')).toBe('');
    });
  });

  describe('/mcp/<name>: a remote Streamable HTTP server', () => {
    function connectRemote(token: string): Promise<Client> {
      const client = new Client({ name: 'agent', version: '1.0.0' });
      const transport = new StreamableHTTPClientTransport(new URL(`${gateway.url}/mcp/fixture`), { requestInit: { headers: { authorization: `Bearer ${token}` } } });
      return client.connect(transport).then(() => client);
    }

    it('relays the session, blocks what the policy blocks and masks secrets in results', async () => {
      const client = await connectRemote(gateway.sdkToken);
      try {
        expect((await client.listTools()).tools.map((tool) => tool.name).sort()).toEqual(['read_config', 'read_config_file', 'shell']);
        expect(textOf(await client.callTool({ name: 'shell', arguments: { command: 'kubectl get pods' } }))).toBe('ran kubectl get pods');
        const blocked = await client.callTool({ name: 'shell', arguments: { command: 'rm -rf /' } });
        expect(blocked.isError).toBe(true);
        const config = textOf(await client.callTool({ name: 'read_config', arguments: {} }));
        expect(config).not.toContain(FIXTURE_TOKEN);
        // The same text as a file, base64 in a resource: masked inside, and still a base64 file.
        const file = (await client.callTool({ name: 'read_config_file', arguments: {} })) as { content: Array<{ resource?: { blob?: string } }> };
        const blob = Buffer.from(file.content[0]!.resource!.blob!, 'base64').toString('utf8');
        expect(blob).toMatch(/^region=eu-west-1\nGITHUB_TOKEN=\[[A-Z_]+_1\]\n$/);
        expect(remoteRan).toEqual(['kubectl get pods']);
      } finally {
        await client.close();
      }
    });

    it("files the tool calls in the session of the agent's model calls, as one story of the run", async () => {
      const openai = new OpenAI({ apiKey: gateway.sdkToken, baseURL: gateway.openaiBase, maxRetries: 0 });
      await openai.chat.completions.create({ model: 'gpt-fake', messages: [{ role: 'user', content: 'list the pods' }] });
      const client = await connectRemote(gateway.sdkToken);
      try {
        await client.callTool({ name: 'shell', arguments: { command: 'kubectl get pods -n web' } });
      } finally {
        await client.close();
      }
      const day = new Date().toISOString().slice(0, 10);
      const run = gateway.gateway.log.listSessions().sessions.find((session) => session.conversationId === `openai ${day}`);
      const kinds = mcpEvents(gateway)
        .filter((event) => event.sessionId === run?.id)
        .map((event) => event.detail.mcp?.message);
      expect(kinds).toContain('tools/call');
    });

    it('refuses an agent without a promptgate token, and a server it does not know', async () => {
      await expect(connectRemote('not-a-token')).rejects.toThrow();
      const unknown = await fetch(`${gateway.url}/mcp/nowhere`, {
        method: 'POST',
        headers: { authorization: `Bearer ${gateway.sdkToken}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: {} }),
      });
      expect(unknown.status).toBe(404);
      expect(((await unknown.json()) as { error: { message: string } }).error.message).toContain('no MCP server named "nowhere"');
    });
  });
});
