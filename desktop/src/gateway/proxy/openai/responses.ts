import { z } from 'zod';
import type { SegmentKind } from '@promptgate/shared';
import { bodyTexts, lastUserIndex } from '../body-texts';
import { collectTexts, isRecord } from '../json-text';
import type { ReplyText } from '../reply/reply-text';
import { jsonPayload, withData, type SseEvent } from '../sse/sse-event';
import type { EndpointAdapter, StreamTransform, TextField, Usage } from '../types';
import { SequenceNumbers } from './sequence-numbers';

const responsesSchema = z.looseObject({
  model: z.string().min(1).max(256).optional(),
  input: z.union([z.string(), z.array(z.looseObject({})).max(100_000)]).optional(),
  instructions: z.string().nullish(),
  stream: z.boolean().nullish(),
});

function kindOf(item: unknown, isLastUser: boolean): SegmentKind {
  if (!isRecord(item)) return 'other';
  const role = item['role'];
  if (role === 'system' || role === 'developer') return 'system';
  if (role === 'user') return isLastUser ? 'prompt' : 'history';
  if (typeof item['type'] === 'string' && item['type'].endsWith('_output')) return 'tool';
  return 'history';
}

interface OutputItem {
  type?: string;
  content?: Array<{ text?: unknown; refusal?: unknown }>;
  arguments?: unknown;
  input?: unknown;
}

/** One output item (message, function call, custom tool call); `log` false when a stream already logged it. */
function transformItem(item: OutputItem, reply: ReplyText, log: boolean): void {
  if (item.type === 'message' && Array.isArray(item.content)) {
    for (const part of item.content) {
      if (typeof part.text === 'string') part.text = reply.whole(part.text, 'text', { log });
      if (typeof part.refusal === 'string') part.refusal = reply.whole(part.refusal, 'text', { log });
    }
  }
  if (item.type === 'function_call' && typeof item.arguments === 'string') item.arguments = reply.whole(item.arguments, 'json', { log });
  if (item.type === 'custom_tool_call' && typeof item.input === 'string') item.input = reply.whole(item.input, 'text', { log });
}

function transformResponseObject(response: unknown, reply: ReplyText, log: boolean): void {
  if (!isRecord(response) || !Array.isArray(response['output'])) return;
  for (const item of response['output'] as unknown[]) if (isRecord(item)) transformItem(item, reply, log);
}

/** Delta and done event pairs: the field holding text in each, the stream key, and the text mode. */
const STREAMED = {
  'response.output_text': { delta: 'delta', done: 'text', suffix: 'text', mode: 'text' },
  'response.refusal': { delta: 'delta', done: 'refusal', suffix: 'refusal', mode: 'text' },
  'response.function_call_arguments': { delta: 'delta', done: 'arguments', suffix: 'args', mode: 'json' },
  'response.custom_tool_call_input': { delta: 'delta', done: 'input', suffix: 'input', mode: 'text' },
} as const;

/**
 * Typed events (`response.output_text.delta`, `.done`, `response.completed`...). Deltas are streamed through
 * the reply pipeline; before a `.done` the held tail goes out as one more delta, numbered in sequence. The
 * `.done`, item and response snapshots repeat the full text and are rewritten whole, so clients reading either agree.
 */
function responsesStream(reply: ReplyText): StreamTransform {
  let usage: Usage | undefined;
  const open = new Map<string, { event: SseEvent; payload: Record<string, unknown>; type: string }>();
  const sequence = new SequenceNumbers();

  /** A delta of the proxy's own for `key`, shaped like the last one the upstream sent for it. */
  const deltaOf = (key: string, text: string): SseEvent | undefined => {
    const last = open.get(key);
    if (!last || !text) return undefined;
    return withData(last.event, JSON.stringify({ ...last.payload, delta: text, sequence_number: sequence.inserted() }));
  };
  const heldDelta = (key: string): SseEvent | undefined => {
    const event = deltaOf(key, reply.flush(key));
    open.delete(key);
    return event;
  };

  return {
    event(event) {
      const payload = jsonPayload(event);
      if (!payload || typeof payload['type'] !== 'string') return [event];
      const type = payload['type'];
      const base = type.replace(/\.(delta|done)$/, '') as keyof typeof STREAMED;
      // An own-property check: an upstream event named `constructor.delta` must not find Object's constructor.
      const streamed = Object.hasOwn(STREAMED, base) ? STREAMED[base] : undefined;
      const before: SseEvent[] = [];
      if (streamed) {
        const key = `${String(payload['item_id'])}:${typeof payload['content_index'] === 'number' ? payload['content_index'] : 0}:${streamed.suffix}`;
        if (type.endsWith('.delta') && typeof payload[streamed.delta] === 'string') {
          payload[streamed.delta] = reply.push(key, payload[streamed.delta] as string, streamed.mode);
          open.set(key, { event, payload: { ...payload, delta: '' }, type });
        } else if (type.endsWith('.done')) {
          const held = heldDelta(key);
          if (held) before.push(held);
          if (typeof payload[streamed.done] === 'string') payload[streamed.done] = reply.whole(payload[streamed.done] as string, streamed.mode, { log: false });
        }
      } else if (type === 'response.content_part.added' || type === 'response.content_part.done') {
        const part = payload['part'];
        if (isRecord(part) && typeof part['text'] === 'string') part['text'] = reply.whole(part['text'], 'text', { log: false });
      } else if (type === 'response.output_item.added' || type === 'response.output_item.done') {
        if (isRecord(payload['item'])) transformItem(payload['item'], reply, false);
      } else if (isRecord(payload['response'])) {
        if (type === 'response.completed' || type === 'response.incomplete' || type === 'response.failed') before.push(...this.end());
        transformResponseObject(payload['response'], reply, false);
        if (isRecord(payload['response']['usage'])) usage = payload['response']['usage'];
      } else {
        return [sequence.upstream(payload) ? withData(event, JSON.stringify(payload)) : event];
      }
      sequence.upstream(payload);
      return [...before, withData(event, JSON.stringify(payload))];
    },
    end() {
      return [...open.keys()].map(heldDelta).filter((event): event is SseEvent => event !== undefined);
    },
    release() {
      return reply
        .due()
        .map((key) => deltaOf(key, reply.release(key)))
        .filter((event): event is SseEvent => event !== undefined);
    },
    nextRelease: () => reply.nextDue(),
    usage: () => usage,
  };
}

/** Every text of a Responses body: its instructions and input, item by item. */
function responsesTexts(body: unknown): TextField[] {
  const last = lastUserIndex(isRecord(body) ? body['input'] : undefined);
  return bodyTexts(body, {
    instructions: (value, path, out) => collectTexts(value, path, 'system', out),
    input: (input, path, out) => {
      if (typeof input === 'string') collectTexts(input, path, 'prompt', out);
      else if (Array.isArray(input)) input.forEach((item: unknown, i) => collectTexts(item, [...path, i], kindOf(item, i === last), out));
    },
  });
}

/** A whole (non-streamed) response, restored and logged. */
const restoreResponse = (body: unknown, reply: ReplyText) => transformResponseObject(body, reply, true);
const modelOf = (body: unknown) => (isRecord(body) && typeof body['model'] === 'string' ? body['model'] : undefined);
const usageOf = (body: unknown) => (isRecord(body) && isRecord(body['usage']) ? body['usage'] : undefined);

export const responses: EndpointAdapter = {
  path: 'responses',
  schema: responsesSchema,
  respondsWithText: true,
  texts: responsesTexts,
  model: modelOf,
  transformResponse: restoreResponse,
  createStreamTransform: responsesStream,
  usage: usageOf,
};

/**
 * `POST /responses/compact`: a coding agent compacting a long run (Codex does, on OpenAI). Its body is a Responses
 * call's, inspected alike; its answer holds the user messages it kept (the placeholders in them restored) and an
 * encrypted compaction item, which goes back as it came: the placeholders inside it are the provider's to read.
 * It never streams.
 */
export const responsesCompact: EndpointAdapter = {
  path: 'responses/compact',
  schema: responsesSchema,
  respondsWithText: true,
  texts: responsesTexts,
  model: modelOf,
  transformResponse: restoreResponse,
  usage: usageOf,
};
