import { isRecord } from '../json-text';
import type { RefusedCall, ScopedVaults } from '../scoped-vaults';
import type { ModelToolCall, ToolCallGate, ToolCallVerdict } from './tool-call-gate';

/*
 * A Responses reply whose tool call the gateway replaced still holds that call at the provider. The client never
 * saw it, so the next request with `previous_response_id` brings no output for it, and the provider refuses the
 * request ("No tool output found for function call …"). The gateway remembers each refused call per response id
 * and answers it in the continuing request with the refusal text, which is also what the model should read.
 */

/** Longest call id remembered: provider ids are a few dozen characters, anything longer is not one. */
const MAX_CALL_ID_CHARS = 256;

/** `gate`, telling `note` of each call it refuses (after an approver's answer, for a hold). */
export function rememberingRefusals(gate: ToolCallGate, note: (call: ModelToolCall, refused: RefusedCall) => void): ToolCallGate {
  const seen = (call: ModelToolCall, verdict: ToolCallVerdict): ToolCallVerdict => {
    if (!verdict.allowed && call.type !== undefined) note(call, { outputType: `${call.type}_output`, text: verdict.text });
    return verdict;
  };
  return {
    decide(call) {
      const verdict = gate.decide(call);
      return verdict instanceof Promise ? verdict.then((decided) => seen(call, decided)) : seen(call, verdict);
    },
  };
}

/** Keeps the refusals of the Responses reply whose id `responseId` gives once the reply has named it. */
export function refusalsOfReply(vaults: ScopedVaults, responseId: () => string | undefined): (call: ModelToolCall, refused: RefusedCall) => void {
  return (call, refused) => {
    const id = responseId();
    if (id === undefined || call.id === undefined || call.id === '' || call.id.length > MAX_CALL_ID_CHARS) return;
    vaults.rememberRefusal(id, call.id, refused);
  };
}

/** The call ids a Responses input already answers. */
function answeredIds(input: unknown[]): Set<string> {
  const ids = new Set<string>();
  for (const item of input) {
    if (isRecord(item) && typeof item['call_id'] === 'string' && typeof item['type'] === 'string' && item['type'].endsWith('_output')) ids.add(item['call_id']);
  }
  return ids;
}

/**
 * The Responses request body with an output item for every refused call of the response it continues that it
 * does not answer itself, first in its input (they answer the previous turn). Undefined when nothing is missing.
 */
export function withRefusedCallOutputs(body: unknown, refusals: ReadonlyMap<string, RefusedCall>): Record<string, unknown> | undefined {
  if (!isRecord(body) || refusals.size === 0) return undefined;
  const given = body['input'];
  // An input of another shape is left for the schema to refuse, as the client sent it.
  if (given !== undefined && typeof given !== 'string' && !Array.isArray(given)) return undefined;
  const input: unknown[] = typeof given === 'string' ? [{ role: 'user', content: given }] : (given ?? []);
  const answered = answeredIds(input);
  const missing = [...refusals].filter(([callId]) => !answered.has(callId));
  if (missing.length === 0) return undefined;
  const outputs = missing.map(([callId, refused]) => ({ type: refused.outputType, call_id: callId, output: refused.text }));
  return { ...body, input: [...outputs, ...input] };
}

/** The request as it must go upstream: its body completed with the outputs of refused calls, when any are missing. */
export function answerRefusedCalls<T extends { raw: Buffer; text: string; body: unknown }>(read: T, vaults: ScopedVaults, scopePrefix: string): T {
  const previous = isRecord(read.body) ? read.body['previous_response_id'] : undefined;
  if (typeof previous !== 'string') return read;
  const refusals = vaults.refusalsOf(previous, scopePrefix);
  const body = refusals && withRefusedCallOutputs(read.body, refusals);
  if (!body) return read;
  const text = JSON.stringify(body);
  return { ...read, raw: Buffer.from(text), text, body };
}

/** For a stored response read back: the calls refused when it was made are refused again, with the same text. */
export function replayedRefusals(refusals: ReadonlyMap<string, RefusedCall>): ToolCallGate {
  return {
    decide(call) {
      const refused = call.id === undefined ? undefined : refusals.get(call.id);
      return refused ? { allowed: false, text: refused.text } : { allowed: true };
    },
  };
}
