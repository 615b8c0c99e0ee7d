import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { EXPECTED_KEY } from './testing/fake-openai';
import { startTestGateway, type ProxyTestGateway } from '../testing/test-gateway';

const GITHUB = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';
const AWS = 'AKIAZ3MRT7QW5PXK2NVB';

let rig: ProxyTestGateway | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

function client(r: ProxyTestGateway, options: { apiKey?: string } = {}): OpenAI {
  return new OpenAI({ apiKey: options.apiKey ?? r.sdkToken, baseURL: r.openaiBase, maxRetries: 0 });
}

function sentUpstream(r: ProxyTestGateway): string {
  return r.openai.received.map((request) => request.raw + JSON.stringify(request.headers)).join('\n');
}

describe('OpenAI SDK through the proxy', () => {
  it('chat: redacts every message kind, uses the gateway key, and restores the reply', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    const completion = await client(rig).chat.completions.create({
      model: 'gpt-fake',
      messages: [
        { role: 'system', content: `Deploy key is ${AWS}` },
        { role: 'user', content: [{ type: 'text', text: `my token is ${GITHUB}` }] },
      ],
    });
    expect(completion.choices[0]!.message.content).toBe(
      `You sent [AWS_ACCESS_KEY_ID_1] and [GITHUB_PAT_1].`.replace('[AWS_ACCESS_KEY_ID_1]', AWS).replace('[GITHUB_PAT_1]', GITHUB),
    );
    expect(completion.usage).toEqual({ prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 });
    expect(completion.id).toBe('chatcmpl-fake1');
    const upstream = rig.openai.received[0]!;
    expect(upstream.headers['authorization']).toBe(`Bearer ${EXPECTED_KEY.value}`);
    expect(sentUpstream(rig)).not.toContain(GITHUB);
    expect(sentUpstream(rig)).not.toContain(AWS);
    expect(sentUpstream(rig)).not.toContain(rig.sdkToken);
  });

  it('chat stream: placeholders split across chunks are restored; usage and ids arrive unchanged', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    const stream = await client(rig).chat.completions.create({
      model: 'gpt-fake',
      stream: true,
      stream_options: { include_usage: true },
      messages: [{ role: 'user', content: `use ${GITHUB} and ${AWS}` }],
    });
    let text = '';
    let usage: unknown;
    const ids = new Set<string>();
    for await (const chunk of stream) {
      ids.add(chunk.id);
      text += chunk.choices[0]?.delta.content ?? '';
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toBe(`You sent ${GITHUB} and ${AWS}.`);
    expect(usage).toEqual({ prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 });
    expect([...ids]).toEqual(['chatcmpl-fake1']);
    expect(sentUpstream(rig)).not.toContain(GITHUB);
  });

  it('tools: tool results and tool-call arguments are redacted; streamed arguments come back restored and valid JSON', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    rig.openai.reply = (body) => {
      const placeholder = /\[GITHUB_PAT_\d+\]/.exec(JSON.stringify(body['messages']))?.[0] ?? 'none';
      return { text: 'Calling the tool.', toolArguments: JSON.stringify({ token: placeholder, note: 'a "quoted" value' }) };
    };
    const messages: OpenAI.Chat.ChatCompletionMessageParam[] = [
      { role: 'user', content: 'check my token' },
      { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'read_env', arguments: JSON.stringify({ aws: AWS }) } }] },
      { role: 'tool', tool_call_id: 'call_1', content: `GITHUB_TOKEN=${GITHUB}` },
    ];
    const tools: OpenAI.Chat.ChatCompletionTool[] = [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object', properties: { token: { type: 'string' } } } } }];
    const plain = await client(rig).chat.completions.create({ model: 'gpt-fake', messages, tools });
    const call = plain.choices[0]!.message.tool_calls![0]!;
    expect(call.type === 'function' && JSON.parse(call.function.arguments)).toEqual({ token: GITHUB, note: 'a "quoted" value' });

    const stream = client(rig).chat.completions.stream({ model: 'gpt-fake', messages, tools });
    const final = await stream.finalChatCompletion();
    const streamed = final.choices[0]!.message.tool_calls![0]!;
    expect(streamed.type === 'function' && JSON.parse(streamed.function.arguments)).toEqual({ token: GITHUB, note: 'a "quoted" value' });
    expect(final.choices[0]!.message.content).toBe('Calling the tool.');
    expect(sentUpstream(rig)).not.toContain(GITHUB);
    expect(sentUpstream(rig)).not.toContain(AWS);
    // The tool call id and function name are structure and reach the provider untouched.
    expect(rig.openai.received[0]!.raw).toContain('"tool_call_id":"call_1"');
  });

  it('responses: instructions and input redacted; JSON and streamed output restored', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    const openai = client(rig);
    const response = await openai.responses.create({ model: 'gpt-fake', instructions: `never print ${AWS}`, input: `token ${GITHUB}` });
    expect(response.output_text).toBe(`You sent ${GITHUB}.`);
    expect(response.usage?.total_tokens).toBe(18);

    const stream = await openai.responses.create({ model: 'gpt-fake', input: [{ role: 'user', content: [{ type: 'input_text', text: `token ${GITHUB}` }] }], stream: true });
    let deltas = '';
    let done = '';
    let completed = '';
    for await (const event of stream) {
      if (event.type === 'response.output_text.delta') deltas += event.delta;
      if (event.type === 'response.output_text.done') done = event.text;
      if (event.type === 'response.completed') {
        const [item] = event.response.output;
        completed = item?.type === 'message' && item.content[0]?.type === 'output_text' ? item.content[0].text : '';
      }
    }
    expect(deltas).toBe(`You sent ${GITHUB}.`);
    expect(done).toBe(deltas);
    expect(completed).toBe(deltas);
    expect(sentUpstream(rig)).not.toContain(GITHUB);
    expect(sentUpstream(rig)).not.toContain(AWS);
  });

  it('embeddings and completions are inspected; models pass through', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    const openai = client(rig);
    const embedding = await openai.embeddings.create({ model: 'emb-fake', input: [`key ${AWS}`, 'plain'] });
    expect(embedding.data[0]!.embedding).toEqual([0.5, -0.25, 0.125]);
    const completion = await openai.completions.create({ model: 'gpt-fake', prompt: `token ${GITHUB}` });
    expect(completion.choices[0]!.text).toBe(`You sent ${GITHUB}.`);
    const models = await openai.models.list();
    expect(models.data.map((model) => model.id)).toEqual(['gpt-fake']);
    expect(sentUpstream(rig)).not.toContain(AWS);
    expect(sentUpstream(rig)).not.toContain(GITHUB);
  });

  it('masks a secret the model emits on its own, leaving restored values alone', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    const invented = 'ghp_Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp9Oo8';
    rig.openai.reply = () => ({ text: `Yours is [GITHUB_PAT_1]; try ${invented} too` });
    const openai = client(rig);
    const plain = await openai.chat.completions.create({ model: 'gpt-fake', messages: [{ role: 'user', content: `mine is ${GITHUB}` }] });
    expect(plain.choices[0]!.message.content).toBe(`Yours is ${GITHUB}; try [GITHUB_PAT] too`);
    const stream = await openai.chat.completions.create({ model: 'gpt-fake', stream: true, messages: [{ role: 'user', content: `mine is ${GITHUB}` }] });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    expect(text).toBe(`Yours is ${GITHUB}; try [GITHUB_PAT] too`);
  });

  it('upstream errors surface as the SDK typed errors with the provider body', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    const openai = client(rig);
    const limited = await openai.chat.completions.create({ model: 'error-429', messages: [{ role: 'user', content: 'hi' }] }).catch((error: unknown) => error);
    expect(limited).toBeInstanceOf(OpenAI.RateLimitError);
    expect((limited as InstanceType<typeof OpenAI.RateLimitError>).code).toBe('rate_limit_exceeded');
    expect((limited as InstanceType<typeof OpenAI.RateLimitError>).requestID).toBe('req_fake_error');
    const broken = await openai.chat.completions.create({ model: 'error-500', messages: [{ role: 'user', content: 'hi' }] }).catch((error: unknown) => error);
    expect(broken).toBeInstanceOf(OpenAI.InternalServerError);
  });

  it('a wrong gateway key never reaches the client, even when the provider echoes it', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    const cookie = await rig.uiCookie();
    await fetch(`${rig.gateway.url}/ui/api/provider-keys/openai`, {
      method: 'PUT',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ key: 'sk-wrong-key-abcdefghijklmnop' }),
    });
    const error = await client(rig)
      .chat.completions.create({ model: 'gpt-fake', messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    expect(String((error as Error).message)).not.toContain('sk-wrong-key');
    expect(String((error as Error).message)).toContain('[PROVIDER_KEY]');
  });

  it('a blocked request raises PermissionDeniedError naming the rule, and nothing goes upstream', async () => {
    rig = await startTestGateway({ fakeProviders: true, policyYaml: 'version: 2\nname: t\ndetectors:\n  - { type: github-pat, action: block }\n' });
    const error = await client(rig)
      .chat.completions.create({ model: 'gpt-fake', messages: [{ role: 'user', content: `token ${GITHUB}` }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.PermissionDeniedError);
    const denied = error as InstanceType<typeof OpenAI.PermissionDeniedError>;
    expect(denied.code).toBe('blocked_by_policy');
    expect(denied.message).toContain('detectors[0]');
    expect(denied.message).toContain('messages[0].content');
    expect(denied.message).not.toContain(GITHUB);
    expect(rig.openai.received).toHaveLength(0);
    const [event] = rig.gateway.log.searchEvents({ kind: 'inspect' });
    expect(event).toMatchObject({ verdict: 'block', requester: 'test agent' });
    expect(event!.maskedText).not.toContain(GITHUB);
  });

  it('without a gateway key, a clear authentication error; the client key is passed only when policy allows', async () => {
    rig = await startTestGateway({ fakeProviders: true, setProviderKeys: false });
    const missing = await client(rig)
      .models.list()
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((missing as Error).message).toContain('promptgate keys set openai');
    await rig.stop();

    rig = await startTestGateway({ fakeProviders: true, setProviderKeys: false, policyYaml: 'version: 2\nname: t\nsdk: { allowClientProviderKeys: true }\n' });
    const own = new OpenAI({ apiKey: EXPECTED_KEY.value, baseURL: rig.openaiBase, maxRetries: 0, defaultHeaders: { 'x-api-key': rig.sdkToken } });
    const models = await own.models.list();
    expect(models.data).toHaveLength(1);
    expect(rig.openai.received[0]!.headers['authorization']).toBe(`Bearer ${EXPECTED_KEY.value}`);
    expect(rig.openai.received[0]!.headers['x-api-key']).toBeUndefined();
  });

  it('unknown endpoints with a body are refused by default', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    const error = await client(rig)
      .post('/fine_tuning/jobs', { body: { training_file: 'file-1', model: 'gpt-fake' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.PermissionDeniedError);
    expect((error as Error).message).toContain('sdk.unknownEndpoints');
    expect(rig.openai.received).toHaveLength(0);
  });

  it('records the call: token name, provider, model, verdict, usage, latency; reply masked per policy', async () => {
    rig = await startTestGateway({ fakeProviders: true, policyYaml: 'version: 2\nname: t\nlogging: { storeMaskedResponses: true }\n' });
    await client(rig).chat.completions.create({ model: 'gpt-fake', messages: [{ role: 'user', content: `token ${GITHUB}` }] });
    const [request] = rig.gateway.log.searchEvents({ kind: 'inspect' });
    const [reply] = rig.gateway.log.searchEvents({ kind: 'reply' });
    expect(request).toMatchObject({ verdict: 'redact', requester: 'test agent', source: 'test agent' });
    expect(request!.maskedText).toContain('messages[0].content (prompt):\ntoken [GITHUB_PAT_1]');
    expect(request!.detail).toMatchObject({ provider: 'openai', model: 'gpt-fake', endpoint: 'chat/completions' });
    expect(reply!.detail).toMatchObject({ provider: 'openai', status: 200, outcome: 'completed', usage: { total_tokens: 18 }, requestEventId: request!.id });
    expect(typeof reply!.detail['latencyMs']).toBe('number');
    expect(reply!.maskedText).toBe('You sent [GITHUB_PAT_1].');
    const everything = JSON.stringify(rig.gateway.log.searchEvents({}));
    expect(everything).not.toContain(GITHUB);
    expect(everything).not.toContain(EXPECTED_KEY.value);
  });

  it('leaves no raw secret and no provider key in the data directory, journal included', async () => {
    rig = await startTestGateway({ fakeProviders: true, policyYaml: 'version: 2\nname: t\nlogging: { storeMaskedResponses: true }\n' });
    await client(rig).chat.completions.create({ model: 'gpt-fake', messages: [{ role: 'user', content: `token ${GITHUB} and ${AWS}` }] });
    // Read at once, while the call's events may still wait in the journal, and again once all is stored.
    const readEverything = async () => {
      const files = await readdir(rig!.dataDir, { recursive: true });
      return Promise.all(files.map(async (file) => ({ file, content: await readFile(join(rig!.dataDir, file)).catch(() => Buffer.alloc(0)) })));
    };
    const beforeBatch = await readEverything();
    expect(beforeBatch.map(({ file }) => file)).toContain('session-log.journal');
    rig.gateway.log.searchEvents({});
    for (const { file, content } of [...beforeBatch, ...(await readEverything())]) {
      for (const secret of [GITHUB, AWS, EXPECTED_KEY.value]) expect(content.includes(secret), `${secret.slice(0, 6)}… in ${file}`).toBe(false);
    }
  });
});
