import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { detect, listBuiltinRules, type RuleFixtures } from '@promptgate/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../shared/src/redact/test-helpers';
import { startTestGateway, type ProxyTestGateway } from '../testing/test-gateway';
import { withAttachedFiles } from './testing/attached-files';

/**
 * Property: for random secrets of every built-in secret type, placed at random positions in texts that travel
 * JSON-escaped (tool-call arguments, tool results, Responses input items, one level of escaping or two) or as
 * files attached in base64,
 * nothing the engine finds in the text as the model reads it reaches the upstream raw, and the client gets
 * back exactly its original text. Seeded: a failure names its case, and the same run replays it.
 */

const fixtureModules = import.meta.glob<{ default: RuleFixtures }>('../../../../shared/src/detect/rules/**/*.fixtures.ts', { eager: true });
const fixturesById = new Map(
  Object.entries(fixtureModules).map(([path, module]) => [
    path
      .split('/')
      .pop()!
      .replace(/\.fixtures\.ts$/, ''),
    module.default,
  ]),
);

/** Whether a finding in `text` covers the occurrence of `value` at `at`. */
function covered(text: string, value: string, at: number): boolean {
  return detect(text).some((finding) => finding.start <= at && finding.end >= at + value.length);
}

const foundAlone = (value: string) => covered(`\n${value}\n`, value, 1);

/**
 * Each secret type (private keys excluded: the default policy blocks them, nothing comes back to compare) with
 * the single-line values of its fixtures the engine finds on a line of their own.
 */
function secretTypes(): Array<{ type: string; values: string[] }> {
  return listBuiltinRules()
    .filter((rule) => rule.category === 'secret' && !rule.id.includes('private-key'))
    .flatMap((rule) => {
      const values = (fixturesById.get(rule.id)?.positive ?? []).filter(
        (positive): positive is string => typeof positive === 'string' && !/[\u0000-\u001f]/.test(positive) && foundAlone(positive),
      );
      return values.length > 0 ? [{ type: rule.id, values }] : [];
    });
}

const ALNUM = /[A-Za-z0-9]/;
const CLASSES = ['ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz', '0123456789'];

/**
 * A random value of the type of `value`: letters and digits past its first third (where prefixes live) drawn
 * again within their class, kept when the engine still finds it alone; checksummed types keep the fixture.
 */
function randomLike(value: string, next: () => number): string {
  for (let attempt = 0; attempt < 4; attempt++) {
    const chars = [...value].map((char, i) => {
      if (i < value.length / 3 || !ALNUM.test(char) || next() < 0.4) return char;
      const alphabet = CLASSES.find((candidate) => candidate.includes(char))!;
      return alphabet[Math.floor(next() * alphabet.length)]!;
    });
    const candidate = chars.join('');
    if (foundAlone(candidate)) return candidate;
  }
  return value;
}

const SEPARATORS = [' ', '\n', '\t', '=', ': ', '\r\n', ', ', '"', "'", '\n\n'];
const WORDS = ['export', 'TOKEN', 'config', 'line', '# note', 'value', 'path/to/file', '{}', '[1, 2]', 'ok', 'café', '日本語', 'a\\b'];

interface Case {
  /** Texts as the model reads them, each with some of the secrets at random places. */
  texts: [string, string, string, string, string];
  /** Planted values the engine finds in the text they sit in: none of them may reach the upstream. */
  hidden: string[];
  planted: number;
}

function makeCase(values: readonly string[], next: () => number): Case {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const slots: string[][] = [[], [], [], [], []];
  for (const value of values) slots[Math.floor(next() * slots.length)]!.push(value);
  const hidden: string[] = [];
  const texts = slots.map((own) => {
    const parts: string[] = [];
    const positions: Array<{ value: string; at: number }> = [];
    let length = 0;
    const push = (part: string) => {
      parts.push(part);
      length += part.length;
    };
    const words = 2 + Math.floor(next() * 6);
    const queue = [...own];
    for (let i = 0; i < words || queue.length > 0; i++) {
      if (queue.length > 0 && (i >= words || next() < 0.5)) {
        const value = queue.shift()!;
        push(pick(SEPARATORS));
        positions.push({ value, at: length });
        push(value);
        push(pick(SEPARATORS));
      } else push(`${pick(WORDS)}${pick(SEPARATORS)}`);
    }
    const text = parts.join('');
    for (const { value, at } of positions) if (covered(text, value, at)) hidden.push(value);
    return text;
  }) as Case['texts'];
  return { texts, hidden, planted: values.length };
}

/** The cases of one endpoint: every type once, in seeded random groups, each value drawn at random. */
function cases(seed: number, perCase = 10): Case[] {
  const next = seededRandom(seed);
  const types = secretTypes();
  for (let i = types.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [types[i], types[j]] = [types[j]!, types[i]!];
  }
  const out: Case[] = [];
  for (let i = 0; i < types.length; i += perCase) {
    const values = types.slice(i, i + perCase).map(({ values }) => randomLike(values[Math.floor(next() * values.length)]!, next));
    out.push(makeCase(values, next));
  }
  return out;
}

/** Tool-call arguments (one level of escaping) and a tool result with a second level inside. */
const argumentsOf = (sample: Case) => JSON.stringify({ path: '.env', content: sample.texts[0], nested: { lines: [sample.texts[1]] } });
const resultOf = (sample: Case) => JSON.stringify({ stdout: sample.texts[2], exit: 0, raw: JSON.stringify({ log: sample.texts[3] }) });

function expectNothingHiddenArrived(received: Array<{ raw: string }>, from: number, sample: Case): void {
  const upstream = received
    .slice(from)
    .map((request) => request.raw)
    .join('\n');
  expect(upstream.length).toBeGreaterThan(0);
  for (const value of sample.hidden) expect(upstream, `${value} reached the upstream`).not.toContain(value);
}

const CHAT_CASES = cases(101);
const RESPONSES_CASES = cases(202);
const ANTHROPIC_CASES = cases(303);
const FILE_CASES = cases(404);

describe('property: escaped secrets of every type never reach the upstream, and come back exactly', () => {
  let rig: ProxyTestGateway;
  beforeAll(async () => {
    rig = await startTestGateway({ fakeProviders: true });
  });
  afterAll(async () => {
    await rig.stop();
  });

  it('covers every secret type, and the engine finds most planted values where they stand', () => {
    const planted = CHAT_CASES.reduce((sum, sample) => sum + sample.planted, 0);
    const hidden = CHAT_CASES.reduce((sum, sample) => sum + sample.hidden.length, 0);
    expect(planted).toBe(secretTypes().length);
    expect(planted).toBeGreaterThan(100);
    // The property is about redaction: a test whose values are mostly not secrets where they stand proves little.
    expect(hidden / planted).toBeGreaterThan(0.8);
  });

  it.for(CHAT_CASES.map((sample, i) => [i, sample] as const))('OpenAI chat, case %i: tool arguments and tool results', async ([i, sample]) => {
    const from = rig.openai.received.length;
    rig.openai.reply = (body) => {
      const messages = body['messages'] as Array<{ role: string; content?: string; tool_calls?: Array<{ function: { arguments: string } }> }>;
      const user = messages.find((message) => message.role === 'user')!.content!;
      return {
        text: `${messages.find((message) => message.role === 'tool')!.content!}\n---\n${user}`,
        toolArguments: messages.find((message) => message.tool_calls)!.tool_calls![0]!.function.arguments,
      };
    };
    const client = new OpenAI({ apiKey: rig.sdkToken, baseURL: rig.openaiBase, maxRetries: 0 });
    const messages: OpenAI.Chat.ChatCompletionMessageParam[] = [
      { role: 'user', content: sample.texts[4] },
      { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'write_file', arguments: argumentsOf(sample) } }] },
      { role: 'tool', tool_call_id: 'call_1', content: resultOf(sample) },
    ];
    let text = '';
    let args = '';
    if (i % 2 === 0) {
      const reply = await client.chat.completions.create({ model: 'gpt-fake', messages });
      const call = reply.choices[0]!.message.tool_calls![0]!;
      text = reply.choices[0]!.message.content ?? '';
      args = call.type === 'function' ? call.function.arguments : '';
    } else {
      for await (const chunk of await client.chat.completions.create({ model: 'gpt-fake', messages, stream: true })) {
        text += chunk.choices[0]?.delta.content ?? '';
        args += chunk.choices[0]?.delta.tool_calls?.[0]?.function?.arguments ?? '';
      }
    }
    expectNothingHiddenArrived(rig.openai.received, from, sample);
    expect(text).toBe(`${resultOf(sample)}\n---\n${sample.texts[4]}`);
    expect(args).toBe(argumentsOf(sample));
  });

  it.for(RESPONSES_CASES.map((sample, i) => [i, sample] as const))('OpenAI Responses, case %i: function_call, function_call_output and message input items', async ([, sample]) => {
    const from = rig.openai.received.length;
    rig.openai.reply = (body) => {
      const items = body['input'] as Array<{ type?: string; role?: string; arguments?: string; output?: string; content?: Array<{ text: string }> }>;
      const message = items.find((item) => item.role === 'user')!.content![0]!.text;
      return {
        text: `${items.find((item) => item.type === 'function_call_output')!.output!}\n---\n${items.find((item) => item.type === 'function_call')!.arguments!}\n---\n${message}`,
      };
    };
    const client = new OpenAI({ apiKey: rig.sdkToken, baseURL: rig.openaiBase, maxRetries: 0 });
    const response = await client.responses.create({
      model: 'gpt-fake',
      input: [
        { role: 'user', content: [{ type: 'input_text', text: sample.texts[4] }] },
        { type: 'function_call', call_id: 'call_1', name: 'write_file', arguments: argumentsOf(sample) },
        { type: 'function_call_output', call_id: 'call_1', output: resultOf(sample) },
      ],
    });
    expectNothingHiddenArrived(rig.openai.received, from, sample);
    expect(response.output_text).toBe(`${resultOf(sample)}\n---\n${argumentsOf(sample)}\n---\n${sample.texts[4]}`);
    // What the provider stored comes back restored too: the response, and the input items as the client sent them.
    expect((await client.responses.retrieve(response.id)).output_text).toBe(response.output_text);
    const items: OpenAI.Responses.ResponseItem[] = [];
    for await (const item of client.responses.inputItems.list(response.id)) items.push(item);
    const call = items.find((item) => item.type === 'function_call');
    const output = items.find((item) => item.type === 'function_call_output');
    // Stored as sent: the SDK sends a message item without its `type`.
    const message = items.find((item) => (item as { role?: string }).role === 'user');
    expect(call?.type === 'function_call' ? call.arguments : undefined).toBe(argumentsOf(sample));
    expect(output?.type === 'function_call_output' ? output.output : undefined).toBe(resultOf(sample));
    expect(JSON.stringify(message ?? null)).toContain(JSON.stringify(sample.texts[4]));
  });

  it.for(ANTHROPIC_CASES.map((sample, i) => [i, sample] as const))('Anthropic, case %i: tool_use input and tool_result content', async ([i, sample]) => {
    const from = rig.anthropic.received.length;
    const input = JSON.parse(argumentsOf(sample)) as Record<string, unknown>;
    rig.anthropic.reply = (body) => {
      const blocks = (body['messages'] as Array<{ content: string | Array<{ type: string; input?: unknown; content?: string; text?: string }> }>).flatMap((message) =>
        typeof message.content === 'string' ? [{ type: 'text', text: message.content }] : message.content,
      );
      return {
        text: `${blocks.find((block) => block.type === 'tool_result')!.content!}\n---\n${blocks.find((block) => block.type === 'text')!.text!}`,
        toolInput: JSON.stringify(blocks.find((block) => block.type === 'tool_use')!.input),
      };
    };
    const client = new Anthropic({ apiKey: rig.sdkToken, baseURL: rig.anthropicBase, maxRetries: 0 });
    const messages: Anthropic.MessageParam[] = [
      { role: 'user', content: sample.texts[4] },
      { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'write_file', input }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: resultOf(sample) }] },
    ];
    const reply =
      i % 2 === 0
        ? await client.messages.create({ model: 'claude-fake', max_tokens: 100, messages })
        : await client.messages.stream({ model: 'claude-fake', max_tokens: 100, messages }).finalMessage();
    const text = reply.content.find((block) => block.type === 'text');
    const toolUse = reply.content.find((block) => block.type === 'tool_use');
    expectNothingHiddenArrived(rig.anthropic.received, from, sample);
    expect(text?.type === 'text' ? text.text : '').toBe(`${resultOf(sample)}\n---\n${sample.texts[4]}`);
    expect(toolUse?.type === 'tool_use' ? toolUse.input : undefined).toEqual(input);
  });

  it.for(FILE_CASES.map((sample, i) => [i, sample] as const))('OpenAI Responses, case %i: text files attached base64 as input_file data URLs', async ([i, sample]) => {
    const from = rig.openai.received.length;
    // The model quotes the files it was given.
    rig.openai.reply = (body) => ({
      text: (body['input'] as Array<{ content: Array<{ file_data: string }> }>)[0]!.content
        .map(({ file_data }) => Buffer.from(file_data.slice(file_data.indexOf(',') + 1), 'base64').toString('utf8'))
        .join('\n---\n'),
    });
    const client = new OpenAI({ apiKey: rig.sdkToken, baseURL: rig.openaiBase, maxRetries: 0 });
    const type = i % 2 === 0 ? 'text/plain' : 'application/octet-stream';
    const response = await client.responses.create({
      model: 'gpt-fake',
      input: [
        {
          role: 'user',
          content: sample.texts.map((text, k) => ({
            type: 'input_file' as const,
            filename: `file-${k}.txt`,
            file_data: `data:${type};base64,${Buffer.from(text).toString('base64')}`,
          })),
        },
      ],
    });
    const upstream = withAttachedFiles(rig.openai.received.slice(from));
    for (const value of sample.hidden) expect(upstream, `${value} reached the upstream`).not.toContain(value);
    expect(response.output_text).toBe(sample.texts.join('\n---\n'));
  });
});
