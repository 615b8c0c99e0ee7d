import { describe, expect, it } from 'vitest';
import { agentStep } from './agent-step';

describe("an agent run's steps in the session timeline", () => {
  it('names a tool call the model asked for, with the rule that held it', () => {
    const step = agentStep({
      detail: {
        provider: 'anthropic',
        toolCall: { name: 'Bash', id: 'toolu_1', action: 'hold', rule: { id: 'recursive-delete', title: 'Recursive forced delete', source: 'builtin' } },
      },
    });
    expect(step).toEqual({ label: 'Tool call Bash', icon: 'code', meta: ['held for approval by Recursive forced delete (recursive-delete)'] });
  });

  it('names an MCP tool call and its server; an allowed call has no rule to name', () => {
    const step = agentStep({ detail: { mcp: { server: 'tickets', tool: 'search', message: 'tools/call' }, toolCall: { name: 'search', id: null, action: 'allow', rule: null } } });
    expect(step).toEqual({ label: 'Tool call search', icon: 'code', meta: ['MCP server tickets'] });
  });

  it("names an MCP tool's result", () => {
    expect(agentStep({ detail: { mcp: { server: 'files', tool: 'read_file', message: 'tools/call result' } } })).toEqual({
      label: 'Tool result read_file',
      icon: 'reply',
      meta: ['MCP server files'],
    });
  });

  it('leaves prompts and replies to the usual labels, and reads a malformed detail as nothing', () => {
    expect(agentStep({ detail: { provider: 'openai', model: 'gpt-4.1' } })).toBeUndefined();
    expect(agentStep({ detail: { toolCall: 'Bash', mcp: [] } })).toBeUndefined();
  });
});
