import { z } from 'zod';
import { bodyTexts } from '../body-texts';
import { collectTexts, isRecord } from '../json-text';
import type { ReplyText } from '../reply/reply-text';
import { jsonPayload, withData, type SseEvent } from '../sse/sse-event';
import type { EndpointAdapter, StreamTransform, Usage } from '../types';

const completionsSchema = z.looseObject({
  model: z.string().min(1).max(256),
  prompt: z.union([z.string(), z.array(z.string()).max(100_000), z.array(z.number()), z.array(z.array(z.number()))]).nullish(),
  suffix: z.string().nullish(),
  stream: z.boolean().nullish(),
});

type Choice = { index?: number; text?: unknown; finish_reason?: unknown };

/**
 * Legacy completions: `choices[].text`, streamed as whole chunks with the same shape. A finishing choice's held
 * tail joins its own text when the chunk carries some (in order), else goes in a chunk just before it.
 */
function completionsStream(reply: ReplyText): StreamTransform {
  let usage: Usage | undefined;
  let envelope: Record<string, unknown> | undefined;
  const open = new Set<number>();
  const flush = (index: number): SseEvent | undefined => {
    open.delete(index);
    const text = reply.flush(String(index));
    if (!text || !envelope) return undefined;
    return { data: JSON.stringify({ ...envelope, choices: [{ index, text, logprobs: null, finish_reason: null }] }) };
  };
  return {
    event(event) {
      if (event.data === '[DONE]') return [...this.end(), event];
      const chunk = jsonPayload(event);
      if (!chunk) return [event];
      envelope = chunk;
      if (isRecord(chunk['usage'])) usage = chunk['usage'];
      const before: SseEvent[] = [];
      for (const choice of Array.isArray(chunk['choices']) ? (chunk['choices'] as Choice[]) : []) {
        const index = choice.index ?? 0;
        if (typeof choice.text === 'string') {
          open.add(index);
          let text = reply.push(String(index), choice.text);
          if (choice.finish_reason) {
            open.delete(index);
            text += reply.flush(String(index));
          }
          choice.text = text;
        }
        if (choice.finish_reason) {
          const held = flush(index);
          if (held) before.push(held);
        }
      }
      return [...before, withData(event, JSON.stringify(chunk))];
    },
    end: () => [...open].map(flush).filter((event): event is SseEvent => event !== undefined),
    release() {
      const due = new Set(reply.due());
      if (due.size === 0) return [];
      const out: SseEvent[] = [];
      for (const index of open) {
        const text = due.has(String(index)) ? reply.release(String(index)) : '';
        if (text && envelope) out.push({ data: JSON.stringify({ ...envelope, choices: [{ index, text, logprobs: null, finish_reason: null }] }) });
      }
      return out;
    },
    nextRelease: () => reply.nextDue(),
    usage: () => usage,
  };
}

export const completions: EndpointAdapter = {
  path: 'completions',
  schema: completionsSchema,
  respondsWithText: true,
  texts: (body) => bodyTexts(body, { prompt: (value, path, out) => collectTexts(value, path, 'prompt', out) }),
  model: (body) => (isRecord(body) && typeof body['model'] === 'string' ? body['model'] : undefined),
  transformResponse(body, reply) {
    if (!isRecord(body) || !Array.isArray(body['choices'])) return;
    for (const choice of body['choices'] as Choice[]) if (typeof choice.text === 'string') choice.text = reply.whole(choice.text);
  },
  createStreamTransform: completionsStream,
  usage: (body) => (isRecord(body) && isRecord(body['usage']) ? body['usage'] : undefined),
};
