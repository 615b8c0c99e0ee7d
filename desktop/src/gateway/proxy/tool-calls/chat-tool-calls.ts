import { isRecord } from '../json-text';
import { jsonPayload, withData, type SseEvent } from '../sse/sse-event';
import { combine, pass, stepWhenDecided, whenDecided } from './decided';
import type { GuardStep, StreamGuard } from './guarded-stream';
import type { ModelToolCall, ToolCallGate, ToolCallVerdict } from './tool-call-gate';

/*
 * OpenAI chat completions: a refused entry of `tool_calls` is taken out (the others renumbered from 0) and its
 * refusal joins the message's content; `finish_reason: tool_calls` becomes `stop` when no call is left. The
 * legacy `function_call` (one call, requested with `functions`) is judged and replaced the same way.
 */

type Json = Record<string, unknown>;

/** A chat tool call's name and arguments: a function call, or a custom tool's raw input. */
function callOf(call: Json, args: string): ModelToolCall {
  const fn = isRecord(call['function']) ? call['function'] : isRecord(call['custom']) ? call['custom'] : {};
  return { name: typeof fn['name'] === 'string' ? fn['name'] : '', arguments: args, ...(typeof call['id'] === 'string' ? { id: call['id'] } : {}) };
}

/** A legacy `function_call`: its name and arguments, no id. */
function legacyCallOf(call: Json, args: string): ModelToolCall {
  return { name: typeof call['name'] === 'string' ? call['name'] : '', arguments: args };
}

const legacyArguments = (call: Json): string => (typeof call['arguments'] === 'string' ? call['arguments'] : '');

function argumentsOf(call: Json): string {
  if (isRecord(call['function']) && typeof call['function']['arguments'] === 'string') return call['function']['arguments'];
  if (isRecord(call['custom']) && typeof call['custom']['input'] === 'string') return call['custom']['input'];
  return '';
}

const finishedWith = (reason: unknown, anyLeft: boolean) => (anyLeft || (reason !== 'tool_calls' && reason !== 'function_call') ? reason : 'stop');

/** A non-streamed completion, rewritten in place. */
export function reviewChat(body: unknown, gate: ToolCallGate): void | Promise<void> {
  if (!isRecord(body) || !Array.isArray(body['choices'])) return;
  const pending: Array<void | Promise<void>> = [];
  for (const choice of body['choices'] as unknown[]) {
    const message = isRecord(choice) ? choice['message'] : undefined;
    if (!isRecord(choice) || !isRecord(message)) continue;
    const calls = Array.isArray(message['tool_calls']) ? (message['tool_calls'] as unknown[]).filter(isRecord) : [];
    const legacy = isRecord(message['function_call']) ? message['function_call'] : undefined;
    if (calls.length === 0 && !legacy) continue;
    const verdicts = calls.map((call) => gate.decide(callOf(call, argumentsOf(call))));
    if (legacy) verdicts.push(gate.decide(legacyCallOf(legacy, legacyArguments(legacy))));
    pending.push(
      whenDecided(verdicts, (decided) => {
        const refusals = decided.flatMap((verdict) => (verdict.allowed ? [] : [verdict.text]));
        if (refusals.length === 0) return;
        const left = calls.filter((_call, i) => decided[i]!.allowed);
        if (left.length > 0) message['tool_calls'] = left;
        else delete message['tool_calls'];
        const legacyLeft = legacy !== undefined && decided[calls.length]!.allowed;
        if (legacy && !legacyLeft) delete message['function_call'];
        const before = typeof message['content'] === 'string' && message['content'] !== '' ? `${message['content']}\n\n` : '';
        message['content'] = before + refusals.join('\n\n');
        choice['finish_reason'] = finishedWith(choice['finish_reason'], left.length > 0 || legacyLeft);
      }),
    );
  }
  const waits = pending.filter((step): step is Promise<void> => step instanceof Promise);
  if (waits.length > 0) return Promise.all(waits).then(() => undefined);
}

interface HeldCall {
  /** The call's streamed parts as the upstream sent them, each with its chunk's envelope. */
  parts: Array<{ envelope: Json; part: Json }>;
  first: Json;
  args: string;
  /** A legacy `function_call`, sent on in `delta.function_call`. */
  legacy?: true;
}

/** Where a choice's legacy `function_call` waits among its tool calls (whose indexes start at 0). */
const LEGACY = -1;

/** A streamed completion: a choice's tool-call parts wait here until the choice finishes, then go out or are replaced. */
export function chatGuard(gate: ToolCallGate): StreamGuard {
  /** Per choice index, its tool calls by their index. */
  const held = new Map<number, Map<number, HeldCall>>();

  const envelopeOf = (chunk: Json): Json => {
    const { choices: _choices, ...envelope } = chunk;
    return 'usage' in envelope ? { ...envelope, usage: null } : envelope;
  };
  const chunkOf = (envelope: Json, index: number, delta: Json, finish: unknown = null): SseEvent => ({
    data: JSON.stringify({ ...envelope, choices: [{ index, delta, logprobs: null, finish_reason: finish }] }),
  });

  /** Decides every call of a choice; `finish` is the upstream's finish chunk for it (absent when the stream just ended). */
  const decideChoice = (index: number, finish: { envelope: Json; reason: unknown } | undefined): GuardStep => {
    const calls = [...(held.get(index)?.values() ?? [])];
    held.delete(index);
    const verdicts = calls.map((call) => gate.decide(call.legacy ? legacyCallOf(call.first, call.args) : callOf(call.first, call.args)));
    return stepWhenDecided(verdicts, (decided) => render(index, calls, decided, finish));
  };

  const render = (index: number, calls: HeldCall[], decided: ToolCallVerdict[], finish: { envelope: Json; reason: unknown } | undefined): SseEvent[] => {
    const out: SseEvent[] = [];
    const refusals = decided.flatMap((verdict) => (verdict.allowed ? [] : [verdict.text]));
    const envelope = finish?.envelope ?? calls[0]?.parts[0]?.envelope ?? {};
    if (refusals.length > 0) out.push(chunkOf(envelope, index, { content: refusals.join('\n\n') }));
    let next = 0;
    let left = 0;
    calls.forEach((call, i) => {
      if (!decided[i]!.allowed) return;
      left++;
      if (call.legacy) {
        for (const { envelope: own, part } of call.parts) out.push(chunkOf(own, index, { function_call: part }));
        return;
      }
      const renumbered = next++;
      for (const { envelope: own, part } of call.parts) out.push(chunkOf(own, index, { tool_calls: [{ ...part, index: renumbered }] }));
    });
    if (finish) out.push(chunkOf(finish.envelope, index, {}, finishedWith(finish.reason, left > 0)));
    return out;
  };

  /** Every choice still holding calls, decided: before `[DONE]` or at the end of a stream that never finished them. */
  const decideAll = (): GuardStep[] => [...held.keys()].map((index) => decideChoice(index, undefined));

  return {
    event(incoming) {
      if (incoming.data === '[DONE]') return combine([...decideAll(), pass(incoming)]);
      // A key, not text: inside a JSON string the quotes would be escaped.
      if (held.size === 0 && !incoming.data.includes('"tool_calls"') && !incoming.data.includes('"function_call"')) return pass(incoming);
      const chunk = jsonPayload(incoming);
      if (!chunk || !Array.isArray(chunk['choices'])) return pass(incoming);
      const envelope = envelopeOf(chunk);
      const finishing: Array<{ index: number; reason: unknown }> = [];
      let changed = false;
      for (const choice of (chunk['choices'] as unknown[]).filter(isRecord)) {
        const index = Number(choice['index'] ?? 0);
        const delta = choice['delta'];
        if (isRecord(delta) && Array.isArray(delta['tool_calls'])) {
          if (!held.has(index)) held.set(index, new Map());
          const calls = held.get(index)!;
          for (const part of (delta['tool_calls'] as unknown[]).filter(isRecord)) {
            const callIndex = Number(part['index'] ?? 0);
            let call = calls.get(callIndex);
            if (!call) calls.set(callIndex, (call = { parts: [], first: part, args: '' }));
            call.parts.push({ envelope, part });
            call.args += argumentsOf(part);
          }
          delete delta['tool_calls'];
          changed = true;
        }
        if (isRecord(delta) && isRecord(delta['function_call'])) {
          const part = delta['function_call'];
          if (!held.has(index)) held.set(index, new Map());
          const calls = held.get(index)!;
          let call = calls.get(LEGACY);
          if (!call) calls.set(LEGACY, (call = { parts: [], first: part, args: '', legacy: true }));
          call.parts.push({ envelope, part });
          call.args += legacyArguments(part);
          delete delta['function_call'];
          changed = true;
        }
        if (choice['finish_reason'] && held.has(index)) {
          finishing.push({ index, reason: choice['finish_reason'] });
          choice['finish_reason'] = null;
          changed = true;
        }
      }
      if (!changed) return pass(incoming);
      const steps: GuardStep[] = [];
      if (!isEmpty(chunk)) steps.push(pass(withData(incoming, JSON.stringify(chunk))));
      for (const { index, reason } of finishing) steps.push(decideChoice(index, { envelope, reason }));
      return combine(steps);
    },
    end: () => combine(decideAll()),
  };
}

/** A chunk left with nothing to say once its tool-call parts were taken out. */
function isEmpty(chunk: Json): boolean {
  if (chunk['usage'] !== undefined && chunk['usage'] !== null) return false;
  return (chunk['choices'] as unknown[]).every(
    (choice) => isRecord(choice) && !choice['finish_reason'] && (!isRecord(choice['delta']) || Object.keys(choice['delta']).length === 0),
  );
}
