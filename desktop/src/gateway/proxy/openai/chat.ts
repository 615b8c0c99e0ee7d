import { z } from 'zod';
import type { SegmentKind } from '@promptgate/shared';
import { bodyTexts, lastUserIndex } from '../body-texts';
import { collectTexts, isRecord } from '../json-text';
import type { ReplyText } from '../reply/reply-text';
import { jsonPayload, withData, type SseEvent } from '../sse/sse-event';
import type { EndpointAdapter, StreamTransform, Usage } from '../types';

const contentSchema = z.union([z.string(), z.array(z.looseObject({ type: z.string() })), z.null()]);

const chatSchema = z.looseObject({
  model: z.string().min(1).max(256),
  messages: z
    .array(z.looseObject({ role: z.string().min(1).max(64), content: contentSchema.optional() }))
    .min(1)
    .max(100_000),
  stream: z.boolean().nullish(),
});

function kindOf(role: unknown, isLastUser: boolean): SegmentKind {
  if (role === 'system' || role === 'developer') return 'system';
  if (role === 'tool' || role === 'function') return 'tool';
  if (role === 'user') return isLastUser ? 'prompt' : 'history';
  return 'history';
}

interface ChatMessage {
  content?: unknown;
  refusal?: unknown;
  tool_calls?: Array<{ function?: { arguments?: unknown } }>;
  function_call?: { arguments?: unknown };
  audio?: { transcript?: unknown };
}

function transformMessage(message: ChatMessage, reply: ReplyText): void {
  if (typeof message.content === 'string') message.content = reply.whole(message.content);
  if (typeof message.refusal === 'string') message.refusal = reply.whole(message.refusal);
  if (typeof message.audio?.transcript === 'string') message.audio.transcript = reply.whole(message.audio.transcript);
  for (const call of Array.isArray(message.tool_calls) ? message.tool_calls : []) {
    if (typeof call.function?.arguments === 'string') call.function.arguments = reply.whole(call.function.arguments, 'json');
  }
  if (typeof message.function_call?.arguments === 'string') message.function_call.arguments = reply.whole(message.function_call.arguments, 'json');
}

type ChunkDelta = Omit<ChatMessage, 'tool_calls'> & { tool_calls?: Array<{ index?: number; function?: { arguments?: unknown } }> };

interface ChunkChoice {
  index: number;
  delta?: ChunkDelta;
  finish_reason?: string | null;
}

/** Streams of one choice: its content, refusal, each tool call's arguments and a legacy function call's. */
const keys = (choice: number) => ({
  content: `${choice}:content`,
  refusal: `${choice}:refusal`,
  tool: (call: number) => `${choice}:tool:${call}`,
  function: `${choice}:function`,
});

/**
 * `data: {chunk}` events with `choices[].delta`. When a choice finishes, its held tails join the finishing
 * chunk's own delta for the fields it carries (some servers send the last text together with `finish_reason`,
 * and it must stay in order), and go in a chunk of their own just before it for the fields it does not.
 */
function chatStream(reply: ReplyText): StreamTransform {
  let usage: Usage | undefined;
  let envelope: Record<string, unknown> | undefined;
  const toolCalls = new Map<number, Set<number>>();
  const open = new Set<number>();

  /** Ends the streams of a choice; what `delta` cannot carry comes back as a chunk to send before it. */
  const finishChoice = (index: number, delta: ChunkDelta | undefined): SseEvent | undefined => {
    const k = keys(index);
    const rest: ChunkDelta = {};
    const content = reply.flush(k.content);
    if (content && typeof delta?.content === 'string') delta.content += content;
    else if (content) rest.content = content;
    const refusal = reply.flush(k.refusal);
    if (refusal && typeof delta?.refusal === 'string') delta.refusal += refusal;
    else if (refusal) rest.refusal = refusal;
    const functionArgs = reply.flush(k.function);
    const ownFunction = delta?.function_call;
    if (functionArgs && typeof ownFunction?.arguments === 'string') ownFunction.arguments += functionArgs;
    else if (functionArgs) rest.function_call = { arguments: functionArgs };
    const restCalls: Array<{ index: number; function: { arguments: string } }> = [];
    for (const call of toolCalls.get(index) ?? []) {
      const args = reply.flush(k.tool(call));
      if (!args) continue;
      const own = (Array.isArray(delta?.tool_calls) ? delta.tool_calls : []).find(
        (candidate) => (candidate.index ?? 0) === call && typeof candidate.function?.arguments === 'string',
      );
      if (own?.function) own.function.arguments = `${String(own.function.arguments)}${args}`;
      else restCalls.push({ index: call, function: { arguments: args } });
    }
    if (restCalls.length > 0) rest.tool_calls = restCalls;
    toolCalls.delete(index);
    open.delete(index);
    return chunkOf(index, rest);
  };

  /** A chunk of the proxy's own, with the upstream's id and envelope, carrying `delta` for one choice. */
  const chunkOf = (index: number, delta: ChunkDelta): SseEvent | undefined => {
    if (Object.keys(delta).length === 0 || !envelope) return undefined;
    const chunk = { ...envelope, choices: [{ index, delta, logprobs: null, finish_reason: null }], ...('usage' in envelope ? { usage: null } : {}) };
    return { data: JSON.stringify(chunk) };
  };

  return {
    event(event) {
      if (event.data === '[DONE]') return [...this.end(), event];
      const chunk = jsonPayload(event);
      if (!chunk) return [event];
      envelope = chunk;
      if (isRecord(chunk['usage'])) usage = chunk['usage'];
      const before: SseEvent[] = [];
      for (const choice of Array.isArray(chunk['choices']) ? (chunk['choices'] as ChunkChoice[]) : []) {
        const k = keys(choice.index);
        const delta = choice.delta;
        if (delta) {
          open.add(choice.index);
          if (typeof delta.content === 'string') delta.content = reply.push(k.content, delta.content);
          if (typeof delta.refusal === 'string') delta.refusal = reply.push(k.refusal, delta.refusal);
          if (typeof delta.function_call?.arguments === 'string') delta.function_call.arguments = reply.push(k.function, delta.function_call.arguments, 'json');
          for (const call of Array.isArray(delta.tool_calls) ? delta.tool_calls : []) {
            if (typeof call.function?.arguments !== 'string') continue;
            const callIndex = call.index ?? 0;
            if (!toolCalls.has(choice.index)) toolCalls.set(choice.index, new Set());
            toolCalls.get(choice.index)!.add(callIndex);
            call.function.arguments = reply.push(k.tool(callIndex), call.function.arguments, 'json');
          }
        }
        if (choice.finish_reason) {
          const rest = finishChoice(choice.index, delta);
          if (rest) before.push(rest);
        }
      }
      return [...before, withData(event, JSON.stringify(chunk))];
    },
    end() {
      return [...open].map((index) => finishChoice(index, undefined)).filter((event): event is SseEvent => event !== undefined);
    },
    release() {
      const due = new Set(reply.due());
      if (due.size === 0) return [];
      const out: SseEvent[] = [];
      for (const index of open) {
        const k = keys(index);
        const released = (key: string) => (due.has(key) ? reply.release(key) : '');
        const delta: ChunkDelta = {};
        const content = released(k.content);
        if (content) delta.content = content;
        const refusal = released(k.refusal);
        if (refusal) delta.refusal = refusal;
        const functionArgs = released(k.function);
        if (functionArgs) delta.function_call = { arguments: functionArgs };
        const calls = [...(toolCalls.get(index) ?? [])].flatMap((call) => {
          const args = released(k.tool(call));
          return args ? [{ index: call, function: { arguments: args } }] : [];
        });
        if (calls.length > 0) delta.tool_calls = calls;
        const chunk = chunkOf(index, delta);
        if (chunk) out.push(chunk);
      }
      return out;
    },
    nextRelease: () => reply.nextDue(),
    usage: () => usage,
  };
}

export const chatCompletions: EndpointAdapter = {
  path: 'chat/completions',
  schema: chatSchema,
  respondsWithText: true,
  texts(body) {
    const last = lastUserIndex(isRecord(body) ? body['messages'] : undefined);
    return bodyTexts(body, {
      messages: (messages, path, out) => {
        if (!Array.isArray(messages)) return;
        messages.forEach((message: unknown, i) => collectTexts(message, [...path, i], kindOf(isRecord(message) ? message['role'] : undefined, i === last), out));
      },
    });
  },
  model: (body) => (isRecord(body) && typeof body['model'] === 'string' ? body['model'] : undefined),
  transformResponse(body, reply) {
    if (!isRecord(body) || !Array.isArray(body['choices'])) return;
    for (const choice of body['choices'] as Array<{ message?: ChatMessage }>) if (isRecord(choice.message)) transformMessage(choice.message, reply);
  },
  createStreamTransform: chatStream,
  usage: (body) => (isRecord(body) && isRecord(body['usage']) ? body['usage'] : undefined),
};
