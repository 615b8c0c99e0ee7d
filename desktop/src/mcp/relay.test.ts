import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { McpRelay, type McpGate, type ToolCallRequest } from './relay';
import { FIXTURE_TOKEN, fixtureMcpServer } from './testing/fixture-server';

const TOKEN = FIXTURE_TOKEN;

/** Stops `rm`, masks the token in results, and notes what it saw. */
class RecordingGate implements McpGate {
  readonly calls: ToolCallRequest[] = [];
  failing = false;
  checkCall(call: ToolCallRequest) {
    this.calls.push(call);
    if (this.failing) return Promise.reject(new Error('no gateway answered'));
    if (String(call.arguments['command']).startsWith('rm ')) return Promise.resolve({ run: false as const, reason: 'blocked by policy: recursive delete' });
    return Promise.resolve({ run: true as const, arguments: call.arguments });
  }
  checkResult(_call: ToolCallRequest, result: Record<string, unknown>) {
    if (this.failing) return Promise.reject(new Error('no gateway answered'));
    return Promise.resolve({ deliver: true as const, result: JSON.parse(JSON.stringify(result).replaceAll(TOKEN, '[GITHUB_PAT_1]')) as Record<string, unknown> });
  }
}

const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((item) => item.close()));
});

async function connect(gate: McpGate, ran: string[]): Promise<Client> {
  const [agentEnd, relayAgentSide] = InMemoryTransport.createLinkedPair();
  const [relayServerSide, serverEnd] = InMemoryTransport.createLinkedPair();
  const server = fixtureMcpServer((command) => ran.push(command));
  await server.connect(serverEnd);
  const relay = new McpRelay({ agentSide: relayAgentSide, serverSide: relayServerSide, gate });
  await relay.start();
  const client = new Client({ name: 'agent', version: '1.0.0' });
  await client.connect(agentEnd);
  open.push(client, relay, server);
  return client;
}

describe('the MCP relay', () => {
  it('passes everything but tool calls through unchanged, and runs an allowed call', async () => {
    const ran: string[] = [];
    const client = await connect(new RecordingGate(), ran);
    expect(client.getServerVersion()?.name).toBe('fixture-server');
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(['read_config', 'read_config_file', 'shell']);
    const result = await client.callTool({ name: 'shell', arguments: { command: 'ls -la' } });
    expect(result.content).toEqual([{ type: 'text', text: 'ran ls -la' }]);
    expect(ran).toEqual(['ls -la']);
  });

  it('answers a refused call with a tool error the model can read, and never runs it', async () => {
    const ran: string[] = [];
    const client = await connect(new RecordingGate(), ran);
    const result = await client.callTool({ name: 'shell', arguments: { command: 'rm -rf /srv/app' } });
    expect(result.isError).toBe(true);
    expect(result.content).toEqual([{ type: 'text', text: 'blocked by policy: recursive delete' }]);
    expect(ran).toEqual([]);
  });

  it('hands the agent the result as the gate returns it (a secret in it masked)', async () => {
    const client = await connect(new RecordingGate(), []);
    const result = await client.callTool({ name: 'read_config', arguments: {} });
    expect(JSON.stringify(result)).not.toContain(TOKEN);
    expect(result.content).toEqual([{ type: 'text', text: 'region=eu-west-1\nGITHUB_TOKEN=[GITHUB_PAT_1]\n' }]);
  });

  it('runs nothing and says so when the gate cannot decide (fails closed)', async () => {
    const ran: string[] = [];
    const gate = new RecordingGate();
    gate.failing = true;
    const client = await connect(gate, ran);
    const result = await client.callTool({ name: 'shell', arguments: { command: 'ls' } });
    expect(result.isError).toBe(true);
    expect(JSON.stringify(result.content)).toContain('promptgate could not check this tool call, so it did not run it: no gateway answered');
    expect(ran).toEqual([]);
  });

  it('answers a request the server cannot be sent with an error, so the agent is not left waiting', async () => {
    const [agentEnd, relayAgentSide] = InMemoryTransport.createLinkedPair();
    const unreachable: Transport = { start: () => Promise.resolve(), close: () => Promise.resolve(), send: () => Promise.reject(new Error('connection refused')) };
    const relay = new McpRelay({ agentSide: relayAgentSide, serverSide: unreachable, gate: new RecordingGate() });
    await relay.start();
    open.push(relay);
    const client = new Client({ name: 'agent', version: '1.0.0' });
    await expect(client.connect(agentEnd)).rejects.toThrow(/promptgate could not reach the MCP server; the request was not sent/);
  });

  it("does not hand the agent what a failing server's transport quoted, only its HTTP status", async () => {
    const [agentEnd, relayAgentSide] = InMemoryTransport.createLinkedPair();
    const failing: Transport = {
      start: () => Promise.resolve(),
      close: () => Promise.resolve(),
      send: () => Promise.reject(new Error(`Error POSTing to endpoint (HTTP 500): leaked ${TOKEN}`)),
    };
    const relay = new McpRelay({ agentSide: relayAgentSide, serverSide: failing, gate: new RecordingGate() });
    await relay.start();
    open.push(relay);
    const client = new Client({ name: 'agent', version: '1.0.0' });
    const error = await client.connect(agentEnd).catch((e: unknown) => e as Error);
    expect(String(error)).toContain('promptgate could not reach the MCP server (HTTP 500)');
    expect(String(error)).not.toContain(TOKEN);
  });

  it('refuses a tools/call without a tool name as invalid params, without asking the gate', async () => {
    const gate = new RecordingGate();
    const client = await connect(gate, []);
    await expect(client.request({ method: 'tools/call', params: { arguments: {} } as never }, z.unknown() as never)).rejects.toThrow(/tool name/);
    expect(gate.calls).toEqual([]);
  });
});
