import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';

/** A `tools/call` as the gate sees it: the tool's name and its arguments (an object, possibly empty). */
export interface ToolCallRequest {
  tool: string;
  arguments: Record<string, unknown>;
}

/** The gate's answer on a call: run it (with these, possibly masked, arguments) or answer the agent instead. */
export type CallVerdict = { run: true; arguments: Record<string, unknown> } | { run: false; reason: string };
/** The gate's answer on a tool's result: hand this (possibly masked) result to the agent, or a refusal instead. */
export type ResultVerdict = { deliver: true; result: Record<string, unknown> } | { deliver: false; reason: string };

/**
 * What decides on tool calls and their results: the gateway itself for remote servers, the gateway asked over
 * HTTP for the stdio wrapper. A gate that throws (the gateway is down, its answer is unreadable) stops the
 * call: the relay never runs a tool, or hands back a result, that was not checked.
 */
export interface McpGate {
  checkCall(call: ToolCallRequest, signal: AbortSignal): Promise<CallVerdict>;
  checkResult(call: ToolCallRequest, result: Record<string, unknown>, signal: AbortSignal): Promise<ResultVerdict>;
}

const callParamsSchema = z.looseObject({ name: z.string().min(1), arguments: z.record(z.string(), z.unknown()).optional() });
const cancelledParamsSchema = z.looseObject({ requestId: z.union([z.string(), z.number()]) });

type RequestId = string | number;

interface PendingCall {
  call: ToolCallRequest;
  /** Aborted when the agent cancels the call or the session ends: a held call stops waiting for its approver. */
  abort: AbortController;
}

/**
 * A tool result that tells the agent, and through it the model, why a call did not run or its result was
 * withheld. A result (`isError`), not a JSON-RPC error: the model sees it on its next turn and can go on.
 */
export function refusalResult(reason: string): Record<string, unknown> {
  return { content: [{ type: 'text', text: reason }], isError: true };
}

/**
 * Relays one MCP session between the agent (`agentSide`, where promptgate plays the server) and the real
 * server (`serverSide`, where promptgate plays the client), message by message, so every capability of either
 * passes through untouched, except `tools/call`: the call goes to the server only as the gate allows, and its
 * result goes back only as the gate allows. Other messages are not held up while a call waits for a decision.
 */
export class McpRelay {
  readonly #agent: Transport;
  readonly #server: Transport;
  readonly #gate: McpGate;
  readonly #onError: (error: Error, where: string) => void;
  /** The agent's `tools/call` requests the server has not answered yet, by request id. */
  readonly #calls = new Map<RequestId, PendingCall>();
  #closed = false;
  #resolveClosed!: () => void;
  /** Settles once the session has ended, from either side. */
  readonly closed = new Promise<void>((resolve) => (this.#resolveClosed = resolve));

  constructor(options: { agentSide: Transport; serverSide: Transport; gate: McpGate; onError?: (error: Error, where: string) => void }) {
    this.#agent = options.agentSide;
    this.#server = options.serverSide;
    this.#gate = options.gate;
    this.#onError = options.onError ?? (() => {});
  }

  /** Starts both transports; resolves once messages flow. The session ends when either side closes. */
  async start(): Promise<void> {
    this.#agent.onmessage = (message) => this.#fromAgent(message);
    this.#server.onmessage = (message) => this.#fromServer(message);
    this.#agent.onclose = () => void this.close();
    this.#server.onclose = () => void this.close();
    // A transport reports the streams its closing cut short: no news once the session has ended.
    this.#agent.onerror = (error) => this.#closed || this.#onError(error, 'the agent side');
    this.#server.onerror = (error) => this.#closed || this.#onError(error, 'the server side');
    await this.#server.start();
    await this.#agent.start();
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    for (const pending of this.#calls.values()) pending.abort.abort();
    this.#calls.clear();
    await Promise.allSettled([this.#agent.close(), this.#server.close()]);
    this.#resolveClosed();
  }

  #fromAgent(message: JSONRPCMessage): void {
    if ('method' in message && message.method === 'tools/call' && 'id' in message) {
      void this.#gateCall(message.id, message.params);
      return;
    }
    if ('method' in message && message.method === 'notifications/cancelled' && !('id' in message)) {
      const cancelled = cancelledParamsSchema.safeParse(message.params);
      if (cancelled.success) this.#calls.get(cancelled.data.requestId)?.abort.abort();
    }
    this.#send(this.#server, message, 'the server');
  }

  #fromServer(message: JSONRPCMessage): void {
    // An error answer to a message that could not be read has no id.
    if ('id' in message && message.id !== undefined && !('method' in message)) {
      const pending = this.#calls.get(message.id);
      if (pending !== undefined) {
        this.#calls.delete(message.id);
        // An error answer carries no result to check: it goes back as it is.
        if ('result' in message) {
          void this.#gateResult(message.id, pending, message.result);
          return;
        }
      }
    }
    this.#send(this.#agent, message, 'the agent');
  }

  async #gateCall(id: RequestId, params: unknown): Promise<void> {
    const parsed = callParamsSchema.safeParse(params);
    if (!parsed.success) {
      this.#send(
        this.#agent,
        { jsonrpc: '2.0', id, error: { code: -32602, message: 'promptgate: tools/call needs a tool name and, optionally, an arguments object' } },
        'the agent',
      );
      return;
    }
    const call: ToolCallRequest = { tool: parsed.data.name, arguments: parsed.data.arguments ?? {} };
    const pending: PendingCall = { call, abort: new AbortController() };
    this.#calls.set(id, pending);
    let verdict: CallVerdict;
    try {
      verdict = await this.#gate.checkCall(call, pending.abort.signal);
    } catch (error) {
      verdict = { run: false, reason: `promptgate could not check this tool call, so it did not run it: ${messageOf(error)}` };
    }
    if (pending.abort.signal.aborted) {
      // Cancelled by the agent (it expects no answer) or the session closed.
      this.#calls.delete(id);
      return;
    }
    if (!verdict.run) {
      this.#calls.delete(id);
      this.#send(this.#agent, { jsonrpc: '2.0', id, result: refusalResult(verdict.reason) }, 'the agent');
      return;
    }
    pending.call = { tool: call.tool, arguments: verdict.arguments };
    this.#send(this.#server, { jsonrpc: '2.0', id, method: 'tools/call', params: { ...parsed.data, arguments: verdict.arguments } }, 'the server');
  }

  async #gateResult(id: RequestId, pending: PendingCall, result: Record<string, unknown>): Promise<void> {
    let verdict: ResultVerdict;
    try {
      verdict = await this.#gate.checkResult(pending.call, result, pending.abort.signal);
    } catch (error) {
      verdict = { deliver: false, reason: `promptgate could not check this tool's result, so it withheld it: ${messageOf(error)}` };
    }
    if (this.#closed) return;
    this.#send(this.#agent, { jsonrpc: '2.0', id, result: verdict.deliver ? verdict.result : refusalResult(verdict.reason) }, 'the agent');
  }

  #send(to: Transport, message: JSONRPCMessage, where: string): void {
    if (this.#closed) return;
    to.send(message).catch((error: unknown) => {
      const failure = error instanceof Error ? error : new Error(String(error));
      // A request the server never got is answered, so the agent is told rather than left waiting.
      if (to === this.#server && 'method' in message && 'id' in message) {
        this.#calls.delete(message.id);
        // Only the HTTP status: a transport's message can quote the server's answer, which nothing has checked.
        const status = /\bHTTP (\d{3})\b/.exec(failure.message)?.[1];
        const reason = `promptgate could not reach the MCP server${status ? ` (HTTP ${status})` : ''}; the request was not sent`;
        this.#send(this.#agent, { jsonrpc: '2.0', id: message.id, error: { code: -32603, message: reason } }, 'the agent');
        return;
      }
      this.#onError(failure, `sending to ${where}`);
    });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
