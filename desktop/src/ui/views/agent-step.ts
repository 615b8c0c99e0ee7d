import type { IconName } from '../icons';
import type { StoredEvent } from '../types';

/** How the timeline names an event of an agent's run: a tool call or an MCP tool's result, with what decided it. */
export interface AgentStep {
  label: string;
  icon: IconName;
  /** Facts for the line under the text: the rule that decided, the MCP server. */
  meta: string[];
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

const ACTIONS: Record<string, string> = { allow: 'allowed', hold: 'held for approval', block: 'blocked' };

/**
 * The step an event stands for in an agent's run, or undefined for a prompt, reply or choice like any other:
 * a tool call the model asked for (the SDK proxy's check of a reply) or one an agent sent an MCP server, and an
 * MCP tool's result on its way back to the agent. The log keeps these as `inspect` and `reply` events whose
 * `detail` says more (`toolCall`, `mcp`).
 */
export function agentStep(event: Pick<StoredEvent, 'detail'>): AgentStep | undefined {
  const toolCall = record(event.detail['toolCall']);
  const mcp = record(event.detail['mcp']);
  const server = text(mcp?.['server']);
  const meta: string[] = [];
  if (server) meta.push(`MCP server ${server}`);
  if (toolCall) {
    const rule = record(toolCall['rule']);
    const action = text(toolCall['action']);
    if (rule && action) meta.push(`${ACTIONS[action] ?? action} by ${text(rule['title']) ?? 'a rule'} (${text(rule['id']) ?? '?'})`);
    return { label: `Tool call ${text(toolCall['name']) ?? ''}`.trim(), icon: 'code', meta };
  }
  if (mcp && text(mcp['message']) === 'tools/call result') return { label: `Tool result ${text(mcp['tool']) ?? ''}`.trim(), icon: 'reply', meta };
  return undefined;
}
