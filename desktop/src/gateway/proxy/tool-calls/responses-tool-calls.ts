import { createHash, randomBytes } from 'node:crypto';
import { isRecord } from '../json-text';
import { jsonPayload, withData, type SseEvent } from '../sse/sse-event';
import { pass, stepWhenDecided, whenDecided } from './decided';
import type { GuardStep, StreamGuard } from './guarded-stream';
import type { ModelToolCall, ToolCallGate, ToolCallVerdict } from './tool-call-gate';

/*
 * OpenAI Responses: a refused `function_call` or `custom_tool_call` output item becomes an assistant message
 * item at the same `output_index`, in the streamed events, the item snapshots and the final response alike.
 * Once an item was replaced, every later event is renumbered so `sequence_number`s still go up by one.
 */

type Json = Record<string, unknown>;
const TOOL_ITEMS = new Set(['function_call', 'custom_tool_call']);

function callOf(item: Json): ModelToolCall {
  const args = item['type'] === 'custom_tool_call' ? item['input'] : item['arguments'];
  return {
    name: typeof item['name'] === 'string' ? item['name'] : '',
    arguments: args ?? '',
    type: String(item['type']),
    ...(typeof item['call_id'] === 'string' ? { id: item['call_id'] } : {}),
  };
}

/** The message standing for a refused item keeps one id, so `GET /responses/{id}` shows what the client saw. */
function messageId(item: Json): string {
  const from = typeof item['id'] === 'string' ? createHash('sha256').update(item['id']).digest() : randomBytes(12);
  return `msg_pg${from.subarray(0, 12).toString('hex')}`;
}

function messageItem(item: Json, text: string, status: 'in_progress' | 'completed'): Json {
  return {
    id: messageId(item),
    type: 'message',
    status,
    role: 'assistant',
    content: status === 'completed' ? [{ type: 'output_text', text, annotations: [] }] : [],
  };
}

/** The output of a response object, refused calls replaced by the messages `replaced` maps their ids to. */
function replaceOutput(response: unknown, replaced: ReadonlyMap<string, Json>): void {
  if (!isRecord(response) || !Array.isArray(response['output'])) return;
  response['output'] = (response['output'] as unknown[]).map((item) => (isRecord(item) && typeof item['id'] === 'string' ? (replaced.get(item['id']) ?? item) : item));
}

/** A non-streamed response, rewritten in place. */
export function reviewResponse(body: unknown, gate: ToolCallGate): void | Promise<void> {
  if (!isRecord(body) || !Array.isArray(body['output'])) return;
  const calls = (body['output'] as unknown[]).filter((item): item is Json => isRecord(item) && TOOL_ITEMS.has(String(item['type'])));
  if (calls.length === 0) return;
  const verdicts = calls.map((item) => gate.decide(callOf(item)));
  return whenDecided(verdicts, (decided) => {
    const output = body['output'] as unknown[];
    decided.forEach((verdict, i) => {
      if (!verdict.allowed) output[output.indexOf(calls[i])] = messageItem(calls[i]!, verdict.text, 'completed');
    });
  });
}

/** A streamed response: a tool item's events wait here from `output_item.added` to `output_item.done`. */
export function responsesGuard(gate: ToolCallGate): StreamGuard {
  let open: { outputIndex: number; item: Json; args: string; events: SseEvent[] } | undefined;
  /** Refused items' ids, and the completed message that stands for each in snapshots. */
  const replaced = new Map<string, Json>();
  let lastNumber = -1;
  let renumber = false;

  /** The event as it goes out: numbered after the last one once anything was replaced, snapshots rewritten. */
  const out = (event: SseEvent): SseEvent => {
    if (!renumber) {
      const match = /"sequence_number":\s*(\d+)/.exec(event.data);
      if (match) lastNumber = Number(match[1]);
      return event;
    }
    const payload = jsonPayload(event);
    if (!payload) return event;
    if (typeof payload['sequence_number'] === 'number') payload['sequence_number'] = ++lastNumber;
    if (replaced.size > 0) replaceOutput(payload['response'], replaced);
    return withData(event, JSON.stringify(payload));
  };

  const decide = (item: Json): GuardStep => {
    const { outputIndex, events } = open!;
    open = undefined;
    return stepWhenDecided([gate.decide(callOf(item))], ([verdict]) => render(verdict!, item, outputIndex, events));
  };

  const render = (verdict: ToolCallVerdict, item: Json, outputIndex: number, events: SseEvent[]): SseEvent[] => {
    if (verdict.allowed) return events.map(out);
    const done = messageItem(item, verdict.text, 'completed');
    replaced.set(String(item['id']), done);
    renumber = true;
    const at = { item_id: done['id'], output_index: outputIndex, content_index: 0 };
    const part = { type: 'output_text', text: verdict.text, annotations: [] };
    const event = (type: string, data: Json): SseEvent => ({ event: type, data: JSON.stringify({ type, sequence_number: ++lastNumber, ...data }) });
    // Events of other items that came meanwhile still go out, after the replacement.
    const others = events.filter((held) => {
      const payload = jsonPayload(held);
      return payload?.['output_index'] !== outputIndex && payload?.['item_id'] !== item['id'];
    });
    return [
      event('response.output_item.added', { output_index: outputIndex, item: { ...done, status: 'in_progress', content: [] } }),
      event('response.content_part.added', { ...at, part: { ...part, text: '' } }),
      event('response.output_text.delta', { ...at, delta: verdict.text, logprobs: [] }),
      event('response.output_text.done', { ...at, text: verdict.text, logprobs: [] }),
      event('response.content_part.done', { ...at, part }),
      event('response.output_item.done', { output_index: outputIndex, item: done }),
      ...others.map(out),
    ];
  };

  return {
    event(incoming) {
      if (open) {
        open.events.push(incoming);
        const payload = jsonPayload(incoming);
        if (payload?.['output_index'] !== open.outputIndex) return pass();
        if (typeof payload['delta'] === 'string' && /^response\.(function_call_arguments|custom_tool_call_input)\.delta$/.test(String(payload['type'])))
          open.args += payload['delta'];
        const item = payload['item'];
        return payload['type'] === 'response.output_item.done' && isRecord(item) ? decide(item) : pass();
      }
      if (incoming.data.includes('"response.output_item.added"')) {
        const payload = jsonPayload(incoming);
        const item = payload?.['item'];
        if (isRecord(item) && TOOL_ITEMS.has(String(item['type'])) && typeof payload?.['output_index'] === 'number') {
          open = { outputIndex: payload['output_index'], item, args: '', events: [incoming] };
          return pass();
        }
      }
      return pass(out(incoming));
    },
    // An upstream that ended inside a tool item: decided on the arguments that came, as any other call.
    end: () => {
      if (!open) return pass();
      const { item, args } = open;
      return decide({ ...item, [item['type'] === 'custom_tool_call' ? 'input' : 'arguments']: args });
    },
  };
}
