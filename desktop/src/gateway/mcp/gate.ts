import { approvalFindings, decideToolCall, type Inspection, type ToolCallDecision } from '@promptgate/shared';
import type { CallVerdict, McpGate, ResultVerdict, ToolCallRequest } from '../../mcp/relay';
import type { GatewayServices } from '../context';
import type { DecisionRecord } from '../recorder';
import { awaitApproval } from '../proxy/hold';
import { DetectionMemo } from '../proxy/detection-memo';
import { collectTexts, formatPath, setText } from '../proxy/json-text';
import { maskedTranscript } from '../proxy/record';
import { inspectRequest } from '../proxy/request-inspection';
import type { TextField } from '../proxy/types';
import { describeFindings } from '../proxy/verdict-message';

/** Who runs the MCP session and where the session log files it. */
export interface McpSessionInfo {
  /** The configured remote server's name, or the stdio server's command name. */
  server: string;
  /** Token name of the agent (the stdio wrapper's or the HTTP client's promptgate token). */
  requester: string;
  /** One MCP session: its gate keeps one vault, so a value keeps its placeholder across the session. */
  sessionId: string;
  /** The agent run's name when the agent gives one (the `x-promptgate-session` its model calls carry too). */
  run?: string | undefined;
}

/**
 * Where the session log files an MCP session's events, so its tool calls sit next to the same run's prompts and
 * replies: the run the agent names; else the session of the client's latest model call today; else a session of
 * its own.
 */
function conversationOf(session: McpSessionInfo, latestRun: string | undefined): string {
  const named = session.run?.trim();
  if (named && /^[\x20-\x7e]{1,200}$/.test(named)) return named;
  return latestRun ?? `mcp ${session.server} ${session.sessionId}`;
}

const STRICTNESS = { allow: 0, hold: 1, block: 2 } as const;

/**
 * The gateway's gate on one MCP session. A `tools/call` is judged twice, like a prompt and like a command:
 * the tool-call policy (`policy.toolCalls`: the built-in pack and the admin's rules) on what it would do, and
 * the detection pipeline on the secrets in its arguments, which reach the tool masked per policy. The
 * stricter verdict wins; `hold` waits for an approver (local UI or org) who sees the masked arguments. A
 * tool's result is inspected like a prompt on its way to the model, since that is where it goes next.
 * Every decision is recorded, masked, in the session log under the session's conversation.
 */
export function gatewayMcpGate(services: GatewayServices, session: McpSessionInfo): McpGate {
  const memo = new DetectionMemo();
  const conversationId = () => conversationOf(session, services.agentRuns.latest(session.requester));
  const vault = services.vaults.get(`mcp ${session.requester} ${session.server} ${session.sessionId}`);

  async function inspectTexts(texts: TextField[]): Promise<Inspection> {
    const { policy, extraRules } = services.policy.active;
    return inspectRequest(
      services.detectPool,
      memo,
      texts.map((field, i) => ({ id: String(i), kind: field.kind, name: formatPath(field.path), text: field.text })),
      { policy, context: { client: 'sdk', site: `mcp:${session.server}` }, vault, extraRules, hashValue: services.hashValue },
    );
  }

  function record(
    kind: 'call' | 'result',
    call: ToolCallRequest,
    verdict: DecisionRecord['verdict'],
    inspection: Inspection,
    texts: TextField[],
    detail: Record<string, unknown>,
  ): string {
    const { policy } = services.policy.active;
    return services.recorder.record({
      sessionKind: 'sdk',
      source: session.requester,
      conversationId: conversationId(),
      requester: session.requester,
      kind: kind === 'call' ? 'inspect' : 'reply',
      verdict,
      ...maskedTranscript(inspection, texts, policy),
      detail: { mcp: { server: session.server, tool: call.tool, message: kind === 'call' ? 'tools/call' : 'tools/call result' }, policyVersion: policy.version, ...detail },
    }).eventId;
  }

  /** Waits for an approver; resolves with the texts to send, or throws with the refusal the agent reads. */
  async function approve(
    eventId: string,
    call: ToolCallRequest,
    inspection: Inspection,
    texts: TextField[],
    extra: { what: string; rule?: ToolCallDecision['rule'] },
    signal: AbortSignal,
  ) {
    const { policy } = services.policy.active;
    const findings = approvalFindings(inspection, policy);
    if (extra.rule) findings.unshift({ type: `tool-call:${extra.rule.id}`, title: extra.rule.title, category: 'tool-call', action: 'hold', placeholder: '' });
    const approval = services.approvals.create({
      requester: session.requester,
      sessionKind: 'sdk',
      site: `mcp:${session.server}`,
      eventId,
      conversationId: conversationId(),
      maskedSegments: inspection.segments.map((segment, i) => ({ id: `${call.tool} ${formatPath(texts[i]!.path)}`, text: segment.maskedText })),
      findings,
      segmentsToSend: inspection.segments.map(({ id, text }) => ({ id, text })),
      timeoutMs: policy.approval.timeoutSeconds * 1000,
    });
    return awaitApproval(services, approval.id, session.requester, extra.what, signal);
  }

  return {
    async checkCall(call, signal): Promise<CallVerdict> {
      const { policy } = services.policy.active;
      const decision = decideToolCall({ name: call.tool, arguments: call.arguments }, policy.toolCalls);
      const texts = collectTexts(call.arguments, ['arguments'], 'tool');
      const inspection = await inspectTexts(texts);
      const secrets = inspection.action === 'block' ? 'block' : inspection.action === 'hold' ? 'hold' : 'allow';
      const action = STRICTNESS[decision.action] >= STRICTNESS[secrets] ? decision.action : secrets;
      const verdict = action === 'allow' ? inspection.action : action;
      const eventId = record('call', call, verdict, inspection, texts, { toolCall: { name: call.tool, id: null, action: decision.action, rule: decision.rule ?? null } });
      const ruleText = decision.rule ? `${decision.rule.title} (${decision.rule.id})` : undefined;
      if (action === 'block') {
        const why = decision.action === 'block' && ruleText ? ruleText : describeFindings(inspection, texts, policy, 'block');
        return { run: false, reason: `promptgate blocked this tool call by policy: ${why}. The command was not run.` };
      }
      let segments = inspection.segments.map(({ id, text }) => ({ id, text }));
      if (action === 'hold') {
        const what = decision.action === 'hold' && ruleText ? ruleText : describeFindings(inspection, texts, policy, 'hold');
        try {
          segments = await approve(eventId, call, inspection, texts, { what, ...(decision.action === 'hold' && decision.rule ? { rule: decision.rule } : {}) }, signal);
        } catch (error) {
          return { run: false, reason: `${error instanceof Error ? error.message : String(error)} The tool call was not run.` };
        }
      }
      const args = structuredClone(call.arguments);
      segments.forEach((segment) => setText({ arguments: args }, texts[Number(segment.id)]!, segment.text));
      return { run: true, arguments: args };
    },

    async checkResult(call, result, signal): Promise<ResultVerdict> {
      const { policy } = services.policy.active;
      const texts = collectTexts(result, ['result'], 'tool');
      const inspection = await inspectTexts(texts);
      const eventId = record('result', call, inspection.action, inspection, texts, {});
      if (inspection.action === 'block') return { deliver: false, reason: `promptgate withheld this tool's result: ${describeFindings(inspection, texts, policy, 'block')}.` };
      let segments = inspection.segments.map(({ id, text }) => ({ id, text }));
      if (inspection.action === 'hold') {
        try {
          segments = await approve(eventId, call, inspection, texts, { what: describeFindings(inspection, texts, policy, 'hold') }, signal);
        } catch (error) {
          return { deliver: false, reason: `promptgate withheld this tool's result: ${error instanceof Error ? error.message : String(error)}` };
        }
      }
      const masked = structuredClone(result);
      segments.forEach((segment) => setText({ result: masked }, texts[Number(segment.id)]!, segment.text));
      return { deliver: true, result: masked };
    },
  };
}
