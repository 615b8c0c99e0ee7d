import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type ProxyTestGateway } from '../testing/test-gateway';
import { decideNextApproval, toolCallEvents } from './tool-calls/testing-approver';

/*
 * The tool-call policy on the model's replies, through the official SDKs, with the default policy (built-in
 * pack on). Tool arguments arrive in pieces of four characters when streamed.
 */

const GITHUB = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';
const HARMLESS = JSON.stringify({ command: 'ls -la src && git status' });
const DANGEROUS = JSON.stringify({ command: 'rm -rf /' });
// Held by the built-in `recursive-delete` rule; carries a secret the model wrote itself.
const HELD = JSON.stringify({ command: `rm -rf build && git push https://x:${GITHUB}@example.com/repo` });
const HELD_AS_SENT = HELD.replace(GITHUB, '[GITHUB_PAT]');

let rig: ProxyTestGateway;
beforeAll(async () => {
  // An hour to decide: however slow the machine, the tests decide before a hold expires.
  rig = await startTestGateway({ fakeProviders: true, policyYaml: 'version: 1\nname: agents\napproval: { timeoutSeconds: 3600 }\n' });
});
afterAll(() => rig.stop());

const openai = () => new OpenAI({ apiKey: rig.sdkToken, baseURL: rig.openaiBase, maxRetries: 0 });
const anthropic = () => new Anthropic({ apiKey: rig.sdkToken, baseURL: rig.anthropicBase, maxRetries: 0 });

function lastVerdict() {
  return toolCallEvents(rig).at(-1);
}

describe.each([false, true])('OpenAI chat completions (streamed: %s)', (stream) => {
  async function complete(args: string) {
    rig.openai.reply = () => ({ text: 'On it.', toolName: 'Bash', toolArguments: args });
    const params = { model: 'gpt-fake', messages: [{ role: 'user' as const, content: 'clean up' }] };
    if (!stream) return openai().chat.completions.create(params);
    return openai().chat.completions.stream(params).finalChatCompletion();
  }

  it('passes a harmless call unchanged and records it as allowed', async () => {
    const completion = await complete(HARMLESS);
    expect(completion.choices[0]!.finish_reason).toBe('tool_calls');
    expect(completion.choices[0]!.message.tool_calls).toEqual([{ id: 'call_fake1', type: 'function', function: { name: 'Bash', arguments: HARMLESS } }]);
    expect(lastVerdict()).toMatchObject({ verdict: 'allow', toolCall: { name: 'Bash', id: 'call_fake1', action: 'allow' } });
  });

  it('replaces a dangerous call by a refusal the SDK parses, and stops the turn', async () => {
    const completion = await complete(DANGEROUS);
    const choice = completion.choices[0]!;
    expect(choice.finish_reason).toBe('stop');
    expect(choice.message.tool_calls ?? []).toEqual([]);
    expect(choice.message.content).toMatch(/^On it\.[\s\S]*promptgate blocked the Bash tool call by policy and it was not run: .*delete-everything/);
    expect(lastVerdict()).toMatchObject({ verdict: 'block', maskedText: `tool call Bash: ${DANGEROUS}`, toolCall: { rule: { id: 'delete-everything', source: 'builtin' } } });
  });

  it('holds a risky call for an approver who sees it masked; approved, the agent gets it as the model wrote it', async () => {
    const pending = complete(HELD);
    const approval = await decideNextApproval(rig, 'approve', 'build is scratch');
    expect(approval.maskedSegments).toEqual([{ id: 'tool call Bash', text: HELD_AS_SENT }]);
    expect(approval.heldFor).toEqual([expect.objectContaining({ type: 'tool-call:recursive-delete', title: 'Recursive forced delete' })]);
    const completion = await pending;
    expect(completion.choices[0]!.finish_reason).toBe('tool_calls');
    expect(completion.choices[0]!.message.tool_calls).toEqual([{ id: 'call_fake1', type: 'function', function: { name: 'Bash', arguments: HELD_AS_SENT } }]);
    expect(lastVerdict()).toMatchObject({ verdict: 'hold', maskedText: `tool call Bash: ${HELD_AS_SENT}` });
  });

  it('holds a risky call; denied, the agent gets the refusal with the reason', async () => {
    const pending = complete(HELD);
    await decideNextApproval(rig, 'deny', 'not on the shared runner');
    const completion = await pending;
    expect(completion.choices[0]!.finish_reason).toBe('stop');
    expect(completion.choices[0]!.message.tool_calls ?? []).toEqual([]);
    expect(completion.choices[0]!.message.content).toContain('an approver denied it: not on the shared runner. It was not run.');
    expect(lastVerdict()).toMatchObject({ verdict: 'hold', toolCall: { rule: { id: 'recursive-delete' } } });
  });
});

describe.each([false, true])('OpenAI chat completions, legacy function_call (streamed: %s)', (stream) => {
  async function complete(args: string) {
    rig.openai.reply = () => ({ text: 'On it.', toolName: 'Bash', toolArguments: args, legacyFunctionCall: true });
    const functions = [{ name: 'Bash', parameters: { type: 'object', properties: { command: { type: 'string' } } } }];
    const params = { model: 'gpt-fake', messages: [{ role: 'user' as const, content: 'clean up' }], functions };
    if (!stream) return openai().chat.completions.create(params);
    return openai().chat.completions.stream(params).finalChatCompletion();
  }

  it('passes a harmless call unchanged', async () => {
    const completion = await complete(HARMLESS);
    expect(completion.choices[0]!.finish_reason).toBe('function_call');
    expect(completion.choices[0]!.message.function_call).toEqual({ name: 'Bash', arguments: HARMLESS });
    expect(lastVerdict()).toMatchObject({ verdict: 'allow', toolCall: { name: 'Bash', action: 'allow' } });
  });

  it('replaces a dangerous call by its refusal in the content, and stops the turn', async () => {
    const completion = await complete(DANGEROUS);
    const choice = completion.choices[0]!;
    expect(choice.finish_reason).toBe('stop');
    expect(choice.message.function_call ?? undefined).toBeUndefined();
    expect(choice.message.content).toMatch(/^On it\.(\n\n)?\[promptgate blocked the Bash tool call by policy and it was not run: .*delete-everything/);
    expect(lastVerdict()).toMatchObject({ verdict: 'block', toolCall: { rule: { id: 'delete-everything' } } });
  });

  it('holds a risky call; approved, the agent gets it with the secret the model wrote masked', async () => {
    const pending = complete(HELD);
    const approval = await decideNextApproval(rig, 'approve', 'build is scratch');
    expect(approval.maskedSegments).toEqual([{ id: 'tool call Bash', text: HELD_AS_SENT }]);
    const completion = await pending;
    expect(completion.choices[0]!.finish_reason).toBe('function_call');
    expect(completion.choices[0]!.message.function_call).toEqual({ name: 'Bash', arguments: HELD_AS_SENT });
  });
});

describe('OpenAI chat completions stream, chunk by chunk', () => {
  it('keeps an allowed call in the pieces it came in, and a refused one leaves no tool-call chunk', async () => {
    const chunksOf = async (args: string) => {
      rig.openai.reply = () => ({ text: 'On it.', toolName: 'Bash', toolArguments: args });
      const chunks = [];
      for await (const chunk of await openai().chat.completions.create({ model: 'gpt-fake', messages: [{ role: 'user', content: 'go' }], stream: true })) chunks.push(chunk);
      return chunks;
    };
    const allowed = (await chunksOf(HARMLESS)).filter((chunk) => chunk.choices[0]?.delta.tool_calls);
    expect(allowed.length).toBeGreaterThan(5);
    expect(allowed.map((chunk) => chunk.choices[0]!.delta.tool_calls![0]!.function?.arguments ?? '').join('')).toBe(HARMLESS);
    const refused = await chunksOf(DANGEROUS);
    expect(refused.filter((chunk) => chunk.choices[0]?.delta.tool_calls)).toEqual([]);
    expect(refused.filter((chunk) => chunk.choices[0]?.finish_reason).map((chunk) => chunk.choices[0]!.finish_reason)).toEqual(['stop']);
  });
});

describe.each([false, true])('OpenAI Responses (streamed: %s)', (stream) => {
  async function respond(args: string) {
    rig.openai.reply = () => ({ text: 'On it.', toolName: 'Bash', toolArguments: args });
    const params = { model: 'gpt-fake', input: 'clean up' };
    if (!stream) return openai().responses.create(params);
    return openai().responses.stream(params).finalResponse();
  }

  it('passes a harmless call unchanged', async () => {
    const response = await respond(HARMLESS);
    expect(response.output[1]).toMatchObject({ type: 'function_call', name: 'Bash', call_id: 'call_fake1', arguments: HARMLESS });
  });

  it('replaces a dangerous call by an assistant message at the same place', async () => {
    const response = await respond(DANGEROUS);
    expect(response.output.map((item) => item.type)).toEqual(['message', 'message']);
    expect(response.output_text).toMatch(/^On it\.promptgate blocked|On it\.\[promptgate blocked the Bash tool call by policy/);
    expect(lastVerdict()).toMatchObject({ verdict: 'block', toolCall: { name: 'Bash', id: 'call_fake1' } });
  });

  it('holds a risky call: approved, it goes out as written; denied, the refusal stands in its place', async () => {
    const approved = respond(HELD);
    await decideNextApproval(rig, 'approve', 'fine');
    expect((await approved).output[1]).toMatchObject({ type: 'function_call', arguments: HELD_AS_SENT });
    const denied = respond(HELD);
    await decideNextApproval(rig, 'deny', 'no pushes from agents');
    const response = await denied;
    expect(response.output.map((item) => item.type)).toEqual(['message', 'message']);
    expect(response.output_text).toContain('an approver denied it: no pushes from agents');
  });
});

describe('OpenAI Responses stream, event by event', () => {
  it('numbers the replacement events in sequence and keeps output indexes', async () => {
    rig.openai.reply = () => ({ text: 'On it.', toolName: 'Bash', toolArguments: DANGEROUS });
    const events = [];
    for await (const event of await openai().responses.create({ model: 'gpt-fake', input: 'go', stream: true })) events.push(event);
    expect(events.map((event) => event.sequence_number)).toEqual(events.map((_event, i) => i));
    expect(events.filter((event) => event.type.startsWith('response.function_call'))).toEqual([]);
    const added = events.flatMap((event) => (event.type === 'response.output_item.added' ? [[event.output_index, event.item.type]] : []));
    expect(added).toEqual([
      [0, 'message'],
      [1, 'message'],
    ]);
    const completed = events.at(-1);
    expect(completed?.type === 'response.completed' && completed.response.output.map((item) => item.type)).toEqual(['message', 'message']);
  });
});

describe.each([false, true])('Anthropic messages (streamed: %s)', (stream) => {
  async function message(input: string) {
    rig.anthropic.reply = () => ({ text: 'On it.', toolName: 'Bash', toolInput: input });
    const params = { model: 'claude-fake', max_tokens: 100, messages: [{ role: 'user' as const, content: 'clean up' }] };
    if (!stream) return anthropic().messages.create(params);
    return anthropic().messages.stream(params).finalMessage();
  }

  it('passes a harmless call unchanged', async () => {
    const reply = await message(HARMLESS);
    expect(reply.stop_reason).toBe('tool_use');
    expect(reply.content[1]).toEqual({ type: 'tool_use', id: 'toolu_fake1', name: 'Bash', input: JSON.parse(HARMLESS) });
  });

  it('replaces a dangerous call by a text block at the same index and ends the turn', async () => {
    const reply = await message(DANGEROUS);
    expect(reply.stop_reason).toBe('end_turn');
    expect(reply.content.map((block) => block.type)).toEqual(['text', 'text']);
    expect(reply.content[1]).toMatchObject({ text: expect.stringMatching(/^\[promptgate blocked the Bash tool call by policy and it was not run/) });
    expect(lastVerdict()).toMatchObject({ verdict: 'block', toolCall: { name: 'Bash', id: 'toolu_fake1', rule: { id: 'delete-everything' } } });
  });

  it('holds a risky call: approved, it goes out as written; denied, the refusal stands in its place', async () => {
    const approved = message(HELD);
    await decideNextApproval(rig, 'approve', 'fine');
    expect((await approved).content[1]).toMatchObject({ type: 'tool_use', input: JSON.parse(HELD_AS_SENT) });
    const denied = message(HELD);
    await decideNextApproval(rig, 'deny', 'not today');
    const reply = await denied;
    expect(reply.stop_reason).toBe('end_turn');
    expect(reply.content[1]).toMatchObject({ type: 'text', text: expect.stringContaining('an approver denied it: not today') });
  });
});

describe.each([false, true])('OpenAI Responses continued after a refused call (streamed: %s)', (stream) => {
  it('answers the refused call with its refusal, so the provider takes the next turn and the model reads why', async () => {
    const seen: unknown[][] = [];
    rig.openai.reply = (body) => {
      seen.push(body['input'] as unknown[]);
      return seen.length === 1 ? { text: 'On it.', toolName: 'Bash', toolArguments: DANGEROUS } : { text: 'Understood, I will not delete it.' };
    };
    const client = openai();
    const respond = (params: { model: string; input: string; previous_response_id?: string }) =>
      stream ? client.responses.stream(params).finalResponse() : client.responses.create(params);
    const first = await respond({ model: 'gpt-fake', input: 'clean up' });
    expect(first.output.map((item) => item.type)).toEqual(['message', 'message']);

    const second = await respond({ model: 'gpt-fake', input: 'then what?', previous_response_id: first.id });
    expect(second.output_text).toBe('Understood, I will not delete it.');
    const answer = seen[1]!.find((item) => (item as { type?: string }).type === 'function_call_output');
    expect(answer).toEqual({ type: 'function_call_output', call_id: 'call_fake1', output: expect.stringMatching(/^\[promptgate blocked the Bash tool call by policy/) });
    expect(seen[1]!.at(-1)).toMatchObject({ role: 'user' });

    // The stream helper adds `parsed` to each text part; what the provider stores never has it.
    const asStored = (output: unknown) => JSON.parse(JSON.stringify(output, (key, value: unknown) => (key === 'parsed' ? undefined : value))) as unknown;
    const stored = await client.responses.retrieve(first.id);
    expect(stored.output).toEqual(asStored(first.output));
  });

  it('answers a call an approver denied with the denial, once the approver has answered', async () => {
    const seen: unknown[][] = [];
    rig.openai.reply = (body) => {
      seen.push(body['input'] as unknown[]);
      return seen.length === 1 ? { text: 'On it.', toolName: 'Bash', toolArguments: HELD } : { text: 'Fine.' };
    };
    const client = openai();
    const respond = (params: { model: string; input: string; previous_response_id?: string }) =>
      stream ? client.responses.stream(params).finalResponse() : client.responses.create(params);
    const pending = respond({ model: 'gpt-fake', input: 'clean up' });
    await decideNextApproval(rig, 'deny', 'not on the shared runner');
    const first = await pending;
    await respond({ model: 'gpt-fake', input: 'ok', previous_response_id: first.id });
    expect(seen[1]!.filter((item) => (item as { type?: string }).type === 'function_call_output')).toEqual([
      { type: 'function_call_output', call_id: 'call_fake1', output: expect.stringContaining('an approver denied it: not on the shared runner') },
    ]);
  });
});
