import { describe, expect, it } from 'vitest';
import { jsonPayload, type SseEvent } from '../sse/sse-event';
import type { StreamTransform } from '../types';
import { chatGuard, reviewChat } from './chat-tool-calls';
import { guardedStream, type StreamGuard } from './guarded-stream';
import { messagesGuard } from './messages-tool-calls';
import { responsesGuard } from './responses-tool-calls';
import type { ToolCallGate, ToolCallVerdict } from './tool-call-gate';

/*
 * The guards on shapes the fake providers do not send: several calls in one reply, a refusal among allowed
 * calls, custom tool input, an approval that arrives while more events wait, a stream cut inside a call.
 */

/** Refuses the calls whose arguments mention `refuse`; `later` makes every decision wait for `release()`. */
function stubGate(options: { later?: boolean } = {}) {
  const decided: string[] = [];
  const waiting: Array<() => void> = [];
  const gate: ToolCallGate = {
    decide(call) {
      const args = typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments);
      decided.push(`${call.name} ${args}`);
      const verdict: ToolCallVerdict = args.includes('refuse') ? { allowed: false, text: `no ${call.name}` } : { allowed: true };
      if (!options.later) return verdict;
      return new Promise((resolve) => waiting.push(() => resolve(verdict)));
    },
  };
  return { gate, decided, release: () => waiting.splice(0).forEach((resolve) => resolve()) };
}

/** A pipeline stage that passes events on as they are. */
const identity: StreamTransform = { event: (event) => [event], end: () => [], release: () => [], nextRelease: () => undefined, usage: () => undefined };

/** Runs events through a guarded stream, waiting out decisions as the SSE relay does; the payloads that come out. */
async function run(guard: StreamGuard, events: SseEvent[], onWait?: () => void): Promise<Array<Record<string, unknown> | string>> {
  const stream = guardedStream(identity, guard);
  const out: SseEvent[] = [];
  const settle = async () => {
    const waiting = stream.settled?.();
    if (!waiting) return;
    onWait?.();
    out.push(...(await waiting));
  };
  for (const event of events) {
    out.push(...stream.event(event));
    await settle();
  }
  out.push(...stream.end());
  await settle();
  return out.map((event) => jsonPayload(event) ?? event.data);
}

const chat = (delta: Record<string, unknown>, finish: string | null = null): SseEvent => ({
  data: JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] }),
});
const call = (index: number, name: string, args: string) => chat({ tool_calls: [{ index, id: `call_${index}`, type: 'function', function: { name, arguments: args } }] });
const more = (index: number, args: string) => chat({ tool_calls: [{ index, function: { arguments: args } }] });
type ChatChunk = {
  choices: Array<{ delta: { content?: string; tool_calls?: Array<{ index: number; id?: string; function: { arguments: string } }> }; finish_reason: string | null }>;
};

describe('chat completions', () => {
  it('takes a refused call out of several, renumbers the others from 0, and puts the refusal in the content', async () => {
    const { gate, decided } = stubGate();
    const out = (await run(chatGuard(gate), [
      chat({ role: 'assistant', content: 'Two things.' }),
      call(0, 'Bash', '{"command":"rm -rf x '),
      more(0, 'refuse"}'),
      call(1, 'Read', '{"path":'),
      more(1, '"a.txt"}'),
      chat({}, 'tool_calls'),
      { data: '[DONE]' },
    ])) as Array<ChatChunk | string>;
    expect(decided).toEqual(['Bash {"command":"rm -rf x refuse"}', 'Read {"path":"a.txt"}']);
    const chunks = out.filter((chunk): chunk is ChatChunk => typeof chunk !== 'string');
    expect(chunks.map((chunk) => chunk.choices[0]!.delta.content ?? null).filter(Boolean)).toEqual(['Two things.', 'no Bash']);
    const parts = chunks.flatMap((chunk) => chunk.choices[0]!.delta.tool_calls ?? []);
    expect(parts.map((part) => [part.index, part.id ?? null, part.function.arguments])).toEqual([
      [0, 'call_1', '{"path":'],
      [0, null, '"a.txt"}'],
    ]);
    expect(chunks.at(-1)!.choices[0]!.finish_reason).toBe('tool_calls');
    expect(out.at(-1)).toBe('[DONE]');
  });

  it('holds what follows a call awaiting approval, in order, and goes on once it is decided', async () => {
    const { gate, release } = stubGate({ later: true });
    let waits = 0;
    const out = (await run(chatGuard(gate), [chat({ content: 'Hi.' }), call(0, 'Bash', '{"command":"refuse"}'), chat({}, 'tool_calls'), { data: '[DONE]' }], () => {
      waits++;
      release();
    })) as Array<ChatChunk | string>;
    expect(waits).toBe(1);
    expect(out.map((chunk) => (typeof chunk === 'string' ? chunk : (chunk.choices[0]!.delta.content ?? chunk.choices[0]!.finish_reason)))).toEqual([
      'Hi.',
      'no Bash',
      'stop',
      '[DONE]',
    ]);
  });

  it('decides a call the stream never finished, before [DONE] and at the end alike', async () => {
    const { gate } = stubGate();
    const cut = (await run(chatGuard(gate), [call(0, 'Bash', '{"command":"refuse')])) as ChatChunk[];
    expect(cut.map((chunk) => chunk.choices[0]!.delta)).toEqual([{ content: 'no Bash' }]);
  });

  it('reads a custom tool call of a non-streamed completion by its input', async () => {
    const { gate, decided } = stubGate();
    const body = {
      choices: [
        {
          index: 0,
          finish_reason: 'tool_calls',
          message: { role: 'assistant', content: null, tool_calls: [{ id: 'c', type: 'custom', custom: { name: 'exec', input: 'refuse' } }] },
        },
      ],
    };
    await reviewChat(body, gate);
    expect(decided).toEqual(['exec refuse']);
    expect(body.choices[0]).toEqual({ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: 'no exec' } });
  });
});

describe('Responses', () => {
  const event = (type: string, sequence: number, data: Record<string, unknown>): SseEvent => ({ event: type, data: JSON.stringify({ type, sequence_number: sequence, ...data }) });

  it('replaces a refused custom tool call, renumbers what follows, and rewrites the final snapshot', async () => {
    const { gate, decided } = stubGate();
    const item = { id: 'ctc_1', type: 'custom_tool_call', call_id: 'call_1', name: 'exec', input: '' };
    const done = { ...item, input: 'refuse now' };
    const out = (await run(responsesGuard(gate), [
      event('response.created', 0, { response: { id: 'r', output: [] } }),
      event('response.output_item.added', 1, { output_index: 0, item }),
      event('response.custom_tool_call_input.delta', 2, { item_id: 'ctc_1', output_index: 0, delta: 'refuse ' }),
      event('response.custom_tool_call_input.delta', 3, { item_id: 'ctc_1', output_index: 0, delta: 'now' }),
      event('response.custom_tool_call_input.done', 4, { item_id: 'ctc_1', output_index: 0, input: 'refuse now' }),
      event('response.output_item.done', 5, { output_index: 0, item: done }),
      event('response.completed', 6, { response: { id: 'r', output: [done] } }),
    ])) as Array<{ type: string; sequence_number: number; response?: { output: Array<{ type: string; content: Array<{ text: string }> }> } }>;
    expect(decided).toEqual(['exec refuse now']);
    expect(out.map((payload) => payload.sequence_number)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(out.map((payload) => payload.type)).toEqual([
      'response.created',
      'response.output_item.added',
      'response.content_part.added',
      'response.output_text.delta',
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.completed',
    ]);
    expect(out.at(-1)!.response!.output).toEqual([expect.objectContaining({ type: 'message', content: [expect.objectContaining({ text: 'no exec' })] })]);
  });

  it('decides a call whose stream was cut before its item was done, on the arguments that came', async () => {
    const { gate, decided } = stubGate();
    const item = { id: 'fc_1', type: 'function_call', call_id: 'call_1', name: 'Bash', arguments: '' };
    const out = (await run(responsesGuard(gate), [
      event('response.output_item.added', 0, { output_index: 0, item }),
      event('response.function_call_arguments.delta', 1, { item_id: 'fc_1', output_index: 0, delta: '{"command":"refuse' }),
    ])) as Array<{ type: string }>;
    expect(decided).toEqual(['Bash {"command":"refuse']);
    expect(out.map((payload) => payload.type)).not.toContain('response.function_call_arguments.delta');
  });
});

describe('Anthropic messages', () => {
  const event = (type: string, data: Record<string, unknown>): SseEvent => ({ event: type, data: JSON.stringify({ type, ...data }) });
  const toolUse = (index: number, name: string, json: string[]) => [
    event('content_block_start', { index, content_block: { type: 'tool_use', id: `toolu_${index}`, name, input: {} } }),
    ...json.map((partial_json) => event('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json } })),
    event('content_block_stop', { index }),
  ];

  it('keeps tool_use as stop reason while one call is left, and block indexes as they were', async () => {
    const { gate } = stubGate();
    const out = (await run(messagesGuard(gate), [
      ...toolUse(0, 'Bash', ['{"command":', '"refuse"}']),
      event('ping', {}),
      ...toolUse(1, 'Read', ['{"path":"a"}']),
      event('message_delta', { delta: { stop_reason: 'tool_use' } }),
    ])) as Array<{ type: string; index?: number; content_block?: { type: string }; delta?: { stop_reason?: string } }>;
    expect(out.filter((payload) => payload.type === 'content_block_start').map((payload) => [payload.index, payload.content_block!.type])).toEqual([
      [0, 'text'],
      [1, 'tool_use'],
    ]);
    expect(out.at(-1)!.delta!.stop_reason).toBe('tool_use');
  });
});
