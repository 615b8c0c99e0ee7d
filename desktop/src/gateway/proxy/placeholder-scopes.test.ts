import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { placeholdersIn } from './testing/fake-server';
import { startTestGateway, type ProxyTestGateway } from '../testing/test-gateway';

// Two tokens of one type: a fresh table per call would give both `[GITHUB_PAT_1]`.
const TOKEN_A = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';
const TOKEN_B = 'ghp_7XkP2vQ9mLw4RtY8sN3bJ6hF1dC5gZ0aV2Ue';

let rig: ProxyTestGateway | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

function openai(r: ProxyTestGateway, options: { token?: string; session?: string } = {}): OpenAI {
  return new OpenAI({
    apiKey: options.token ?? r.sdkToken,
    baseURL: r.openaiBase,
    maxRetries: 0,
    ...(options.session ? { defaultHeaders: { 'x-promptgate-session': options.session } } : {}),
  });
}

function sentToOpenAi(r: ProxyTestGateway): string {
  return r.openai.received.map((request) => request.raw).join('\n');
}

/** A response's text; streamed snapshots carry no `output_text` convenience field. */
function textOf(response: OpenAI.Responses.Response): string {
  return response.output.flatMap((item) => (item.type === 'message' ? item.content.map((part) => (part.type === 'output_text' ? part.text : '')) : [])).join('');
}

/** The model speaks about the FIRST token it was given, then the latest one, by their placeholders. */
function firstAndLatest(body: Record<string, unknown>): { text: string } {
  const found = placeholdersIn(JSON.stringify(body['messages'] ?? body['input'] ?? ''));
  return { text: `The first token was ${found[0] ?? 'none'}; the latest is ${found.at(-1) ?? 'none'}.` };
}

describe('placeholders stay apart across what the provider sees together', () => {
  it('previous_response_id: turn 2 answers about token A as A, streamed or not; stored responses come back restored', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    rig.openai.reply = firstAndLatest;
    const client = openai(rig);
    // Turn 1 streamed: the chain's id is learnt from the stream's events.
    const stream = await client.responses.create({ model: 'gpt-fake', input: `my token is ${TOKEN_A}`, stream: true });
    let first: OpenAI.Responses.Response | undefined;
    for await (const event of stream) if (event.type === 'response.completed') first = event.response;
    expect(textOf(first!)).toBe(`The first token was ${TOKEN_A}; the latest is ${TOKEN_A}.`);

    const second = await client.responses.create({ model: 'gpt-fake', input: `now use ${TOKEN_B}`, previous_response_id: first!.id });
    expect(second.output_text).toBe(`The first token was ${TOKEN_A}; the latest is ${TOKEN_B}.`);
    // Turn 3 chains to a JSON reply's id.
    const third = await client.responses.create({ model: 'gpt-fake', input: 'which was first?', previous_response_id: second.id });
    expect(third.output_text).toBe(`The first token was ${TOKEN_A}; the latest is ${TOKEN_B}.`);

    expect(sentToOpenAi(rig)).not.toContain(TOKEN_A);
    expect(sentToOpenAi(rig)).not.toContain(TOKEN_B);
    expect(rig.openai.received[1]!.raw).toContain('[GITHUB_PAT_2]');
    expect(rig.openai.received[1]!.raw).not.toContain('[GITHUB_PAT_1]');

    const stored = await client.responses.retrieve(first!.id);
    expect(textOf(stored)).toBe(`The first token was ${TOKEN_A}; the latest is ${TOKEN_A}.`);
    const items: unknown[] = [];
    for await (const item of client.responses.inputItems.list(second.id)) items.push(item);
    expect(JSON.stringify(items)).toContain(`now use ${TOKEN_B}`);
    expect(JSON.stringify(items)).not.toContain('[GITHUB_PAT_');
  });

  it('conversation: the items stored at the provider keep one placeholder per value', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    rig.openai.reply = firstAndLatest;
    const client = openai(rig);
    await client.responses.create({ model: 'gpt-fake', input: `my token is ${TOKEN_A}`, conversation: 'conv_fake1' });
    const second = await client.responses.create({ model: 'gpt-fake', input: `now use ${TOKEN_B}`, conversation: 'conv_fake1' });
    expect(second.output_text).toBe(`The first token was ${TOKEN_A}; the latest is ${TOKEN_B}.`);
    // Another conversation starts its own numbering.
    const other = await client.responses.create({ model: 'gpt-fake', input: `try ${TOKEN_B}`, conversation: 'conv_fake2' });
    expect(other.output_text).toBe(`The first token was ${TOKEN_B}; the latest is ${TOKEN_B}.`);
    expect(rig.openai.received[2]!.raw).toContain('[GITHUB_PAT_1]');
    expect(sentToOpenAi(rig)).not.toContain(TOKEN_A);
  });

  it('x-promptgate-session: a model that remembers turn 1 by its placeholder gets A back, never B', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    const client = openai(rig, { session: 'deploy-run-7' });
    await client.chat.completions.create({ model: 'gpt-fake', messages: [{ role: 'user', content: `my token is ${TOKEN_A}` }] });
    // The client sends only its new message; the model still knows turn 1 (as an agent runtime's memory would).
    rig.openai.reply = () => ({ text: 'Earlier you gave me [GITHUB_PAT_1].' });
    const second = await client.chat.completions.create({ model: 'gpt-fake', messages: [{ role: 'user', content: `now use ${TOKEN_B}` }] });
    expect(second.choices[0]!.message.content).toBe(`Earlier you gave me ${TOKEN_A}.`);
    expect(rig.openai.received[1]!.raw).toContain('[GITHUB_PAT_2]');
    expect(sentToOpenAi(rig)).not.toContain(TOKEN_B);
  });

  it('Anthropic: a history replayed by the client keeps its placeholders, a new value gets the next number', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    const client = new Anthropic({ apiKey: rig.sdkToken, baseURL: rig.anthropicBase, maxRetries: 0 });
    const first = await client.messages.create({ model: 'claude-fake', max_tokens: 100, messages: [{ role: 'user', content: `my token is ${TOKEN_A}` }] });
    const firstText = first.content[0]!.type === 'text' ? first.content[0].text : '';
    expect(firstText).toBe(`You sent ${TOKEN_A}.`);
    const second = await client.messages.create({
      model: 'claude-fake',
      max_tokens: 100,
      messages: [
        { role: 'user', content: `my token is ${TOKEN_A}` },
        { role: 'assistant', content: firstText },
        { role: 'user', content: `now use ${TOKEN_B}` },
      ],
    });
    expect(second.content[0]!.type === 'text' ? second.content[0].text : '').toBe(`You sent ${TOKEN_A} and ${TOKEN_A} and ${TOKEN_B}.`);
    expect(placeholdersIn(rig.anthropic.received[1]!.raw)).toEqual(['[GITHUB_PAT_1]', '[GITHUB_PAT_1]', '[GITHUB_PAT_2]']);
    // A rewritten history naming B first: each value keeps the placeholder the model already knows it by.
    const third = await client.messages.create({ model: 'claude-fake', max_tokens: 100, messages: [{ role: 'user', content: `is ${TOKEN_B} newer than ${TOKEN_A}?` }] });
    expect(third.content[0]!.type === 'text' ? third.content[0].text : '').toBe(`You sent ${TOKEN_B} and ${TOKEN_A}.`);
    expect(placeholdersIn(rig.anthropic.received[2]!.raw)).toEqual(['[GITHUB_PAT_2]', '[GITHUB_PAT_1]']);
    expect(rig.anthropic.received.map((request) => request.raw).join('\n')).not.toContain(TOKEN_A);
  });

  it('another client cannot continue a chain or read a stored response restored: unknown placeholders stay as written', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    rig.openai.reply = firstAndLatest;
    const first = await openai(rig).responses.create({ model: 'gpt-fake', input: `my token is ${TOKEN_A}` });
    const stranger = openai(rig, { token: rig.gateway.auth.tokens.create('sdk', 'other agent') });
    const chained = await stranger.responses.create({ model: 'gpt-fake', input: 'what was it?', previous_response_id: first.id });
    expect(chained.output_text).toBe('The first token was [GITHUB_PAT_1]; the latest is [GITHUB_PAT_1].');
    const stored = await stranger.responses.retrieve(first.id);
    expect(textOf(stored)).toBe('The first token was [GITHUB_PAT_1]; the latest is [GITHUB_PAT_1].');
  });

  it('a stored-response path with a broken escape goes to the provider as is, with its not-found error', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    const response = await fetch(`${rig.openaiBase}/responses/resp_%zz`, { headers: { authorization: `Bearer ${rig.sdkToken}` } });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain('No response found');
  });
});
