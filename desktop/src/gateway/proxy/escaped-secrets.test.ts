import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { placeholdersIn } from './testing/fake-server';
import { startTestGateway, type ProxyTestGateway } from '../testing/test-gateway';
import { seededRandom as random } from '../../../../shared/src/redact/test-helpers';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Secret shapes with a random body each: prefix, alphabet, body length. */
const SHAPES: Array<[prefix: string, alphabet: string, length: number]> = [
  ['ghp_', ALNUM, 36],
  ['AKIA', BASE32, 16],
  ['glpat-', ALNUM, 20],
  ['sk_live_', ALNUM, 24],
  ['AIzaSy', ALNUM + '-_', 33],
  ['sk-proj-', ALNUM, 40],
];

interface Case {
  secrets: string[];
  /** Tool-call arguments: JSON whose string values hold multi-line text with the secrets. */
  argumentsJson: string;
  /** A tool result: JSON text (a command's captured output) with secrets inside escaped strings, one level deeper too. */
  toolResult: string;
}

function makeCase(seed: number): Case {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const secret = () => {
    const [prefix, alphabet, length] = pick(SHAPES);
    return prefix + Array.from({ length }, () => pick([...alphabet])).join('');
  };
  const separators = [' ', '\n', '\t', '=', ': ', '"', "'", '\r\n'];
  const words = ['export', 'TOKEN', 'config', 'line', '# note', 'value', 'path/to/file', '{}', '[1, 2]', 'ok'];
  const secrets: string[] = [];
  /** Filler text with secrets spliced in at random places, each between random separators. */
  const text = () => {
    const parts: string[] = [];
    const length = 3 + Math.floor(next() * 6);
    const at = new Set([Math.floor(next() * length), Math.floor(next() * length)]);
    for (let i = 0; i < length; i++) {
      if (at.has(i)) {
        const value = secret();
        secrets.push(value);
        parts.push(pick(separators), value, pick(separators));
      } else parts.push(pick(words), pick(separators));
    }
    return parts.join('');
  };
  const argumentsJson = JSON.stringify({ path: '.env', content: text(), nested: { lines: [text()] } });
  const toolResult = JSON.stringify({ stdout: text(), exit: 0, raw: JSON.stringify({ log: text() }) });
  return { secrets, argumentsJson, toolResult };
}

let rig: ProxyTestGateway | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

function expectNoneRaw(received: Array<{ raw: string }>, secrets: readonly string[]): void {
  const upstream = received.map((request) => request.raw).join('\n');
  expect(secrets.length).toBeGreaterThan(0);
  for (const value of secrets) expect(upstream, value).not.toContain(value);
  // Each distinct secret was replaced by a placeholder of its own, not dropped or merged.
  expect(new Set(placeholdersIn(upstream)).size).toBe(new Set(secrets).size);
}

const ROUNDS = [11, 23, 37];

/** The fake model's chat reply: the tool's output as its text, and the arguments it saw as its own tool call. */
function echoToolOutputAndArguments(body: Record<string, unknown>): { text: string; toolArguments: string } {
  const messages = body['messages'] as Array<{ role: string; content?: string; tool_calls?: Array<{ function: { arguments: string } }> }>;
  return {
    text: messages.find((message) => message.role === 'tool')!.content!,
    toolArguments: messages.find((message) => message.tool_calls)!.tool_calls![0]!.function.arguments,
  };
}

describe('secrets inside JSON-escaped tool text, end to end', () => {
  it.each(ROUNDS)('OpenAI chat, seed %i: tool arguments and results are redacted upstream and echoed back exactly', async (seed) => {
    rig = await startTestGateway({ fakeProviders: true });
    const sample = makeCase(seed);
    // The model repeats the arguments it saw as its own tool call and the tool's output as its text.
    rig.openai.reply = echoToolOutputAndArguments;
    const client = new OpenAI({ apiKey: rig.sdkToken, baseURL: rig.openaiBase, maxRetries: 0 });
    const messages: OpenAI.Chat.ChatCompletionMessageParam[] = [
      { role: 'user', content: 'write my env file' },
      { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'write_file', arguments: sample.argumentsJson } }] },
      { role: 'tool', tool_call_id: 'call_1', content: sample.toolResult },
    ];
    const plain = await client.chat.completions.create({ model: 'gpt-fake', messages });
    expect(plain.choices[0]!.message.content).toBe(sample.toolResult);
    expect(plain.choices[0]!.message.tool_calls![0]!.type === 'function' ? plain.choices[0]!.message.tool_calls![0]!.function.arguments : '').toBe(sample.argumentsJson);

    const stream = await client.chat.completions.create({ model: 'gpt-fake', messages, stream: true });
    let text = '';
    let args = '';
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      args += chunk.choices[0]?.delta.tool_calls?.[0]?.function?.arguments ?? '';
    }
    expect(text).toBe(sample.toolResult);
    expect(args).toBe(sample.argumentsJson);
    expectNoneRaw(rig.openai.received, sample.secrets);
  });

  it.each(ROUNDS)('OpenAI Responses, seed %i: function_call and function_call_output input items', async (seed) => {
    rig = await startTestGateway({ fakeProviders: true });
    const sample = makeCase(seed);
    rig.openai.reply = (body) => {
      const items = body['input'] as Array<{ type?: string; arguments?: string; output?: string }>;
      return { text: `${items.find((item) => item.type === 'function_call_output')!.output!}\n---\n${items.find((item) => item.type === 'function_call')!.arguments!}` };
    };
    const client = new OpenAI({ apiKey: rig.sdkToken, baseURL: rig.openaiBase, maxRetries: 0 });
    const response = await client.responses.create({
      model: 'gpt-fake',
      input: [
        { role: 'user', content: 'write my env file' },
        { type: 'function_call', call_id: 'call_1', name: 'write_file', arguments: sample.argumentsJson },
        { type: 'function_call_output', call_id: 'call_1', output: sample.toolResult },
      ],
    });
    expect(response.output_text).toBe(`${sample.toolResult}\n---\n${sample.argumentsJson}`);
    expectNoneRaw(rig.openai.received, sample.secrets);
  });

  it.each(ROUNDS)('Anthropic, seed %i: tool_use input and tool_result content', async (seed) => {
    rig = await startTestGateway({ fakeProviders: true });
    const sample = makeCase(seed);
    const input = JSON.parse(sample.argumentsJson) as Record<string, unknown>;
    rig.anthropic.reply = (body) => {
      const messages = body['messages'] as Array<{ content: Array<{ type: string; input?: unknown; content?: string }> }>;
      const blocks = messages.flatMap((message) => message.content);
      return { text: blocks.find((block) => block.type === 'tool_result')!.content!, toolInput: JSON.stringify(blocks.find((block) => block.type === 'tool_use')!.input) };
    };
    const client = new Anthropic({ apiKey: rig.sdkToken, baseURL: rig.anthropicBase, maxRetries: 0 });
    const messages: Anthropic.MessageParam[] = [
      { role: 'user', content: 'write my env file' },
      { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'write_file', input }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: sample.toolResult }] },
    ];
    const reply = await client.messages.create({ model: 'claude-fake', max_tokens: 100, messages });
    const text = reply.content.find((block) => block.type === 'text');
    const toolUse = reply.content.find((block) => block.type === 'tool_use');
    expect(text?.type === 'text' ? text.text : '').toBe(sample.toolResult);
    expect(toolUse?.type === 'tool_use' ? toolUse.input : undefined).toEqual(input);

    const streamed = await client.messages.stream({ model: 'claude-fake', max_tokens: 100, messages }).finalMessage();
    const streamedText = streamed.content.find((block) => block.type === 'text');
    const streamedTool = streamed.content.find((block) => block.type === 'tool_use');
    expect(streamedText?.type === 'text' ? streamedText.text : '').toBe(sample.toolResult);
    expect(streamedTool?.type === 'tool_use' ? streamedTool.input : undefined).toEqual(input);
    expectNoneRaw(rig.anthropic.received, sample.secrets);
  });
});

describe('a table of personal data inside JSON-escaped tool text, end to end', () => {
  // National Insurance numbers are told from other codes by their column's header, the file's first line: in
  // a tool's JSON that line begins inside a string value, after `"content":"`.
  const ninos = ['JT443322B', 'PR112233C', 'HK556677D', 'CE654321A', 'ZX998877A'];
  const csv = `customer_id,name,nino,plan\n${ninos.map((nino, i) => `${4100 + i},Customer ${i},${nino},basic`).join('\n')}\n`;
  const argumentsJson = JSON.stringify({ path: 'exports/customers.csv', content: csv });
  const toolResult = JSON.stringify({ ok: true, stdout: JSON.stringify({ path: 'exports/customers.csv', content: csv }) });

  it('OpenAI chat: the numbers under the header reach the upstream as placeholders, and come back exactly', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    rig.openai.reply = echoToolOutputAndArguments;
    const client = new OpenAI({ apiKey: rig.sdkToken, baseURL: rig.openaiBase, maxRetries: 0 });
    const reply = await client.chat.completions.create({
      model: 'gpt-fake',
      messages: [
        { role: 'user', content: 'export the customers' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'write_file', arguments: argumentsJson } }] },
        { role: 'tool', tool_call_id: 'call_1', content: toolResult },
      ],
    });
    expect(reply.choices[0]!.message.content).toBe(toolResult);
    const call = reply.choices[0]!.message.tool_calls![0]!;
    expect(call.type === 'function' ? call.function.arguments : '').toBe(argumentsJson);
    expectNoneRaw(rig.openai.received, ninos);
  });

  it('Anthropic: a tool_result holding the file', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    rig.anthropic.reply = (body) => {
      const messages = body['messages'] as Array<{ content: string | Array<{ type: string; content?: string }> }>;
      const blocks = messages.flatMap((message) => (typeof message.content === 'string' ? [] : message.content));
      return { text: blocks.find((block) => block.type === 'tool_result')!.content! };
    };
    const client = new Anthropic({ apiKey: rig.sdkToken, baseURL: rig.anthropicBase, maxRetries: 0 });
    const reply = await client.messages.create({
      model: 'claude-fake',
      max_tokens: 100,
      messages: [
        { role: 'user', content: 'export the customers' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'read_file', input: { path: 'exports/customers.csv' } }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: toolResult }] },
      ],
    });
    const text = reply.content.find((block) => block.type === 'text');
    expect(text?.type === 'text' ? text.text : '').toBe(toolResult);
    expectNoneRaw(rig.anthropic.received, ninos);
  });
});
