import { z } from 'zod';
import type { SegmentKind } from '@promptgate/shared';
import { bodyTexts, lastUserIndex } from '../body-texts';
import { collectTexts, isRecord, mapStrings } from '../json-text';
import type { ReplyText } from '../reply/reply-text';
import { jsonPayload, withData, type SseEvent } from '../sse/sse-event';
import type { EndpointAdapter, StreamTransform, TextField, Usage } from '../types';

export const messagesSchema = z.looseObject({
  model: z.string().min(1).max(256),
  messages: z.array(z.looseObject({ role: z.string().min(1).max(64), content: z.union([z.string(), z.array(z.looseObject({ type: z.string() }))]) })).max(100_000),
  system: z.union([z.string(), z.array(z.looseObject({ type: z.string() }))]).optional(),
  stream: z.boolean().optional(),
});

/** Per block, since one user turn mixes tool results (`tool`) with the person's text (`prompt`). */
function blockKind(block: unknown, role: unknown, isLastUser: boolean): SegmentKind {
  if (isRecord(block) && block['type'] === 'tool_result') return 'tool';
  if (role === 'user') return isLastUser ? 'prompt' : 'history';
  return 'history';
}

export function messageTexts(body: unknown): TextField[] {
  const last = lastUserIndex(isRecord(body) ? body['messages'] : undefined);
  return bodyTexts(body, {
    system: (value, path, out) => collectTexts(value, path, 'system', out),
    messages: (messages, path, out) => {
      if (!Array.isArray(messages)) return;
      messages.forEach((message: unknown, i) => {
        if (!isRecord(message)) return;
        const content = message['content'];
        if (!Array.isArray(content)) return collectTexts(content, [...path, i, 'content'], blockKind(undefined, message['role'], i === last), out);
        content.forEach((block: unknown, j) => collectTexts(block, [...path, i, 'content', j], blockKind(block, message['role'], i === last), out));
      });
    },
  });
}

type Block = { type?: string; text?: unknown; input?: unknown };

/** Text blocks and tool inputs; thinking blocks are left byte for byte, their signature covers them. */
function transformBlock(block: Block, reply: ReplyText, log: boolean): void {
  if (block.type === 'text' && typeof block.text === 'string') block.text = reply.whole(block.text, 'text', { log });
  if ((block.type === 'tool_use' || block.type === 'server_tool_use') && block.input !== undefined)
    block.input = mapStrings(block.input, (text) => reply.whole(text, 'text', { log }));
}

/**
 * `content_block_delta` events carry `text_delta` (text) or `input_json_delta` (partial JSON of a tool's
 * input), one stream per block index. On `content_block_stop` the held tail goes out as one more delta.
 */
function messagesStream(reply: ReplyText): StreamTransform {
  let usage: Usage | undefined;
  const open = new Set<number>();

  /** The held text of a block's streams as deltas of the proxy's own; `take` flushes or releases a stream. */
  const blockDeltas = (index: number, take: (key: string) => string): SseEvent[] => {
    const out: SseEvent[] = [];
    const text = take(`${index}:text`);
    if (text) out.push({ event: 'content_block_delta', data: JSON.stringify({ type: 'content_block_delta', index, delta: { type: 'text_delta', text } }) });
    const json = take(`${index}:json`);
    if (json) out.push({ event: 'content_block_delta', data: JSON.stringify({ type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json: json } }) });
    return out;
  };
  const flushBlock = (index: number): SseEvent[] => {
    open.delete(index);
    return blockDeltas(index, (key) => reply.flush(key));
  };

  return {
    event(event) {
      const payload = jsonPayload(event);
      if (!payload) return [event];
      const before: SseEvent[] = [];
      switch (payload['type']) {
        case 'message_start': {
          const message = payload['message'];
          if (!isRecord(message)) return [event];
          if (isRecord(message['usage'])) usage = { ...message['usage'] };
          for (const block of Array.isArray(message['content']) ? (message['content'] as Block[]) : []) transformBlock(block, reply, true);
          break;
        }
        case 'content_block_start':
          if (isRecord(payload['content_block'])) transformBlock(payload['content_block'], reply, true);
          break;
        case 'content_block_delta': {
          const index = Number(payload['index'] ?? 0);
          const delta = payload['delta'];
          if (!isRecord(delta)) return [event];
          if (delta['type'] === 'text_delta' && typeof delta['text'] === 'string') delta['text'] = reply.push(`${index}:text`, delta['text']);
          else if (delta['type'] === 'input_json_delta' && typeof delta['partial_json'] === 'string')
            delta['partial_json'] = reply.push(`${index}:json`, delta['partial_json'], 'json');
          else return [event];
          open.add(index);
          break;
        }
        case 'content_block_stop':
          return [...flushBlock(Number(payload['index'] ?? 0)), event];
        case 'message_delta':
          if (isRecord(payload['usage'])) usage = { ...usage, ...payload['usage'] };
          return [event];
        case 'message_stop':
          return [...this.end(), event];
        default:
          return [event];
      }
      return [...before, withData(event, JSON.stringify(payload))];
    },
    end: () => [...open].flatMap(flushBlock),
    release() {
      const due = new Set(reply.due());
      if (due.size === 0) return [];
      return [...open].flatMap((index) => blockDeltas(index, (key) => (due.has(key) ? reply.release(key) : '')));
    },
    nextRelease: () => reply.nextDue(),
    usage: () => usage,
  };
}

export const messages: EndpointAdapter = {
  path: 'messages',
  schema: messagesSchema,
  respondsWithText: true,
  texts: messageTexts,
  model: (body) => (isRecord(body) && typeof body['model'] === 'string' ? body['model'] : undefined),
  transformResponse(body, reply) {
    if (!isRecord(body) || !Array.isArray(body['content'])) return;
    for (const block of body['content'] as Block[]) transformBlock(block, reply, true);
  },
  createStreamTransform: messagesStream,
  usage: (body) => (isRecord(body) && isRecord(body['usage']) ? body['usage'] : undefined),
};

/** Counting tokens sends the same texts as a message would, so they are inspected the same way. */
export const countTokens: EndpointAdapter = {
  ...messages,
  path: 'messages/count_tokens',
  respondsWithText: false,
  transformResponse() {},
  usage: () => undefined,
};
