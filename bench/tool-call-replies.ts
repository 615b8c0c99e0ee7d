/**
 * The reply side of the agent guard, in process: what the tool-call check adds to each event of a streamed
 * reply without tool calls (the guard only looks for the `"tool_calls"` key), and the time from the chunk that
 * ends a tool call to its decision (the decision, the masked copy for the log, the rewritten events).
 */
import { defaultPolicy, Vault } from '../shared/src/index';
import type { GatewayServices } from '../desktop/src/gateway/context';
import { CallCancel } from '../desktop/src/gateway/proxy/call-cancel';
import { chatCompletions } from '../desktop/src/gateway/proxy/openai/chat';
import { createReplyText } from '../desktop/src/gateway/proxy/reply/reply-text';
import type { SseEvent } from '../desktop/src/gateway/proxy/sse/sse-event';
import { chatGuard } from '../desktop/src/gateway/proxy/tool-calls/chat-tool-calls';
import { guardedStream } from '../desktop/src/gateway/proxy/tool-calls/guarded-stream';
import { createToolCallGate } from '../desktop/src/gateway/proxy/tool-calls/tool-call-gate';
import type { StreamTransform } from '../desktop/src/gateway/proxy/types';
import { summarize } from './stats';

const envelope = { id: 'chatcmpl-bench', object: 'chat.completion.chunk', created: 1_700_000_000, model: 'gpt-bench', system_fingerprint: 'fp' };
const chunk = (delta: unknown, finish: string | null = null): SseEvent => ({
  data: JSON.stringify({ ...envelope, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] }),
});

const WORDS = 'the build passes on the first try and the tests report no flaky cases this week '.split(' ');
const textReply = (): SseEvent[] => [
  chunk({ role: 'assistant', content: '' }),
  ...Array.from({ length: 400 }, (_, i) => chunk({ content: `${WORDS[i % WORDS.length]} ` })),
  chunk({}, 'stop'),
  { data: '[DONE]' },
];

/** The tool call's pieces, and the chunk that ends it: what the decision waits for. */
const toolCallReply = (command: string): { body: SseEvent[]; finish: SseEvent } => {
  const args = JSON.stringify({ command });
  const pieces = Array.from({ length: Math.ceil(args.length / 4) }, (_, i) => args.slice(i * 4, i * 4 + 4));
  return {
    body: [
      chunk({ role: 'assistant', content: '' }),
      chunk({ tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'Bash', arguments: '' } }] }),
      ...pieces.map((piece) => chunk({ tool_calls: [{ index: 0, function: { arguments: piece } }] })),
    ],
    finish: chunk({}, 'tool_calls'),
  };
};

const services = {
  recorder: { recordJournaled: () => ({ eventId: 'bench' }), record: () => ({ eventId: 'bench' }), storeJournaled: () => {} },
} as unknown as GatewayServices;
const info = { requester: 'bench', provider: 'openai', endpoint: 'chat/completions', model: 'gpt-bench', conversationId: 'bench', stream: true };

function pipeline(guarded: boolean): StreamTransform {
  const reply = createReplyText({ vault: new Vault(), restore: true, policy: defaultPolicy, extraRules: [] });
  const inner = chatCompletions.createStreamTransform!(reply);
  if (!guarded) return inner;
  const gate = createToolCallGate({ services, policy: defaultPolicy, extraRules: [], info, requestEventId: 'bench', cancel: new CallCancel() });
  return guardedStream(inner, chatGuard(gate));
}

/** Milliseconds per event of a text-only reply through the reply pipeline, with and without the guard. */
export function textReplyPerEvent(rounds: number): { plain: ReturnType<typeof summarize>; guarded: ReturnType<typeof summarize> } {
  const samples = { plain: [] as number[], guarded: [] as number[] };
  for (let round = -20; round < rounds; round++) {
    // Alternated, so drift in the machine's speed touches both alike.
    for (const kind of round % 2 === 0 ? (['plain', 'guarded'] as const) : (['guarded', 'plain'] as const)) {
      const transform = pipeline(kind === 'guarded');
      for (const event of textReply()) {
        const start = process.hrtime.bigint();
        transform.event(event);
        if (round >= 0) samples[kind].push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }
  }
  return { plain: summarize(samples.plain), guarded: summarize(samples.guarded) };
}

/** Milliseconds from the chunk that ends a tool call to the events that carry its verdict. */
export function endOfCallToDecision(command: string, rounds: number): ReturnType<typeof summarize> {
  const samples: number[] = [];
  const { body, finish } = toolCallReply(command);
  for (let round = -20; round < rounds; round++) {
    const transform = pipeline(true);
    for (const event of body) transform.event({ ...event });
    const start = process.hrtime.bigint();
    const out = transform.event({ ...finish });
    if (round >= 0) samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (out.length === 0 || transform.settled?.()) throw new Error(`"${command}" was not decided at once`);
  }
  return summarize(samples);
}
