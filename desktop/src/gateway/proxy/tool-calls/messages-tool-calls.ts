import { isRecord } from '../json-text';
import { jsonPayload, withData, type SseEvent } from '../sse/sse-event';
import { pass, stepWhenDecided, whenDecided } from './decided';
import type { GuardStep, StreamGuard } from './guarded-stream';
import type { ToolCallGate, ToolCallVerdict } from './tool-call-gate';

/*
 * Anthropic messages: a refused `tool_use` block becomes a text block at the same index, so the indexes of
 * every other block stay as they were; `stop_reason: tool_use` becomes `end_turn` when no tool call is left.
 * Server tools (`server_tool_use`) ran at the provider already and are not the agent's to run: left alone.
 */

type Block = Record<string, unknown>;

/** A non-streamed message, rewritten in place. */
export function reviewMessage(body: unknown, gate: ToolCallGate): void | Promise<void> {
  if (!isRecord(body) || !Array.isArray(body['content'])) return;
  const content = body['content'] as unknown[];
  const calls = content.flatMap((block, index) => (isRecord(block) && block['type'] === 'tool_use' ? [{ block, index }] : []));
  if (calls.length === 0) return;
  const verdicts = calls.map(({ block }) =>
    gate.decide({ name: String(block['name']), arguments: block['input'] ?? {}, ...(typeof block['id'] === 'string' ? { id: block['id'] } : {}) }),
  );
  return whenDecided(verdicts, (decided) => {
    decided.forEach((verdict, i) => {
      if (!verdict.allowed) content[calls[i]!.index] = { type: 'text', text: verdict.text, citations: null };
    });
    if (body['stop_reason'] === 'tool_use' && decided.every((verdict) => !verdict.allowed)) body['stop_reason'] = 'end_turn';
  });
}

const event = (type: string, data: Record<string, unknown>): SseEvent => ({ event: type, data: JSON.stringify({ type, ...data }) });

/** A streamed message: a `tool_use` block's events wait here from its start to its stop, then go out or are replaced. */
export function messagesGuard(gate: ToolCallGate): StreamGuard {
  let open: { index: number; block: Block; json: string; events: SseEvent[] } | undefined;
  let allowed = 0;
  let refused = 0;

  const decide = (): GuardStep => {
    const { index, block, json, events } = open!;
    open = undefined;
    const input = json.trim() === '' ? (block['input'] ?? {}) : json;
    const verdict = gate.decide({ name: String(block['name']), arguments: input, ...(typeof block['id'] === 'string' ? { id: block['id'] } : {}) });
    return stepWhenDecided([verdict], ([decided]) => render(decided!, index, events));
  };

  const render = (verdict: ToolCallVerdict, index: number, events: SseEvent[]): SseEvent[] => {
    if (verdict.allowed) {
      allowed++;
      return events;
    }
    refused++;
    // Events of no block (`ping`) that came meanwhile still go out, after the replacement.
    const others = events.filter((held) => !/^content_block_/.test(String(jsonPayload(held)?.['type'])));
    return [
      event('content_block_start', { index, content_block: { type: 'text', text: '' } }),
      event('content_block_delta', { index, delta: { type: 'text_delta', text: verdict.text } }),
      event('content_block_stop', { index }),
      ...others,
    ];
  };

  return {
    event(incoming) {
      if (open) {
        open.events.push(incoming);
        const payload = jsonPayload(incoming);
        if (payload?.['index'] !== open.index) return pass();
        const delta = payload['delta'];
        if (payload['type'] === 'content_block_delta' && isRecord(delta) && typeof delta['partial_json'] === 'string') open.json += delta['partial_json'];
        return payload['type'] === 'content_block_stop' ? decide() : pass();
      }
      // A key, not text: inside a JSON string the quotes would be escaped.
      if (incoming.data.includes('"tool_use"')) {
        const payload = jsonPayload(incoming);
        const block = payload?.['content_block'];
        if (payload?.['type'] === 'content_block_start' && isRecord(block) && block['type'] === 'tool_use') {
          open = { index: Number(payload['index'] ?? 0), block, json: '', events: [incoming] };
          return pass();
        }
        if (payload?.['type'] === 'message_delta' && refused > 0 && allowed === 0 && isRecord(payload['delta']) && payload['delta']['stop_reason'] === 'tool_use') {
          payload['delta']['stop_reason'] = 'end_turn';
          return pass(withData(incoming, JSON.stringify(payload)));
        }
      }
      return pass(incoming);
    },
    end: () => (open ? decide() : pass()),
  };
}
