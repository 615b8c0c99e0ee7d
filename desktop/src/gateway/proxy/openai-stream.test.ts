import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_HOLD_MS } from './reply/reply-text';
import { echoReply } from './testing/fake-openai';
import { startTestGateway, type ProxyTestGateway } from '../testing/test-gateway';

const GITHUB = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';

let rig: ProxyTestGateway;
beforeAll(async () => {
  rig = await startTestGateway({ fakeProviders: true });
});
beforeEach(() => {
  rig.openai.reply = echoReply;
});
afterAll(() => rig.stop());

/** Minified JSON, as a model writes it for a tool or an API: no whitespace anywhere, a placeholder split in two. */
const JSON_CHUNKS = ['{"city"', ':"Paris"', ',"token":"[GITH', 'UB_PAT_1]"', ',"temp":"21"', ',"ok":"yes"', '}'];
const JSON_TEXT = `{"city":"Paris","token":"${GITHUB}","temp":"21","ok":"yes"}`;

/** What the fake waits for before its last piece: the test opens it once it has seen what came before. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => {};
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

function client(): OpenAI {
  return new OpenAI({ apiKey: rig.sdkToken, baseURL: rig.openaiBase, maxRetries: 0 });
}

describe('OpenAI streams through the proxy: order and timing of the text', () => {
  it('chat: a last chunk that carries both text and finish_reason keeps the text in order', async () => {
    rig.openai.reply = () => ({ text: '', chunks: ['You sent [GITHUB', '_PAT_1] and the rest'], finishWithLast: true });
    const stream = await client().chat.completions.create({ model: 'gpt-fake', stream: true, messages: [{ role: 'user', content: `token ${GITHUB}` }] });
    let text = '';
    let finish: string | null = null;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      finish = chunk.choices[0]?.finish_reason ?? finish;
    }
    expect(text).toBe(`You sent ${GITHUB} and the rest`);
    expect(finish).toBe('stop');
    const final = await client()
      .chat.completions.stream({ model: 'gpt-fake', messages: [{ role: 'user', content: `token ${GITHUB}` }] })
      .finalChatCompletion();
    expect(final.choices[0]!.message.content).toBe(`You sent ${GITHUB} and the rest`);
  });

  it('completions: the same, for the legacy endpoint', async () => {
    rig.openai.reply = () => ({ text: '', chunks: ['You sent [GITHUB', '_PAT_1] and the rest'], finishWithLast: true });
    const stream = await client().completions.create({ model: 'gpt-fake', stream: true, prompt: `token ${GITHUB}` });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.text ?? '';
    expect(text).toBe(`You sent ${GITHUB} and the rest`);
  });

  it('responses: the delta the proxy adds for held text takes its own sequence number; all strictly increase', async () => {
    // The tail `[GITHUB_PAT_1].` is held until `.done`, then goes out as a delta the upstream never sent.
    rig.openai.reply = () => ({ text: '', chunks: ['You sent [GITHUB', '_PAT_1].'] });
    const stream = await client().responses.create({ model: 'gpt-fake', stream: true, input: `token ${GITHUB}` });
    const numbers: number[] = [];
    let deltas = '';
    let deltaEvents = 0;
    for await (const event of stream) {
      numbers.push(event.sequence_number);
      if (event.type === 'response.output_text.delta') {
        deltas += event.delta;
        deltaEvents++;
      }
    }
    expect(deltas).toBe(`You sent ${GITHUB}.`);
    expect(deltaEvents).toBeGreaterThan(2);
    expect(numbers).toEqual(numbers.map((_number, i) => i));
  });

  it('chat: a reply without whitespace reaches the client chunk by chunk; a split placeholder arrives whole', async () => {
    const last = gate();
    rig.openai.reply = () => ({ text: '', chunks: JSON_CHUNKS, beforeLast: last.promise });
    const stream = await client().chat.completions.create({ model: 'gpt-fake', stream: true, messages: [{ role: 'user', content: `token ${GITHUB}` }] });
    const deltas: string[] = [];
    const reading = (async () => {
      for await (const chunk of stream) {
        const content = chunk.choices[0]?.delta.content;
        if (content) deltas.push(content);
      }
    })();
    try {
      // The fake holds its last piece until the client got everything before it (the wait is hang protection only).
      await vi.waitFor(() => expect(deltas.join('')).toBe(JSON_TEXT.slice(0, -1)), { timeout: 60_000, interval: 10 });
      expect(deltas).toEqual(['{"city"', ':"Paris"', ',"token":"', `${GITHUB}"`, ',"temp":"21"', ',"ok":"yes"']);
    } finally {
      last.open();
    }
    await reading;
    expect(deltas.join('')).toBe(JSON_TEXT);
  });

  it('responses: the same, as output_text deltas', async () => {
    const last = gate();
    rig.openai.reply = () => ({ text: '', chunks: JSON_CHUNKS, beforeLast: last.promise });
    const stream = await client().responses.create({ model: 'gpt-fake', stream: true, input: `token ${GITHUB}` });
    const deltas: string[] = [];
    const reading = (async () => {
      for await (const event of stream) if (event.type === 'response.output_text.delta' && event.delta) deltas.push(event.delta);
    })();
    try {
      await vi.waitFor(() => expect(deltas.join('')).toBe(JSON_TEXT.slice(0, -1)), { timeout: 60_000, interval: 10 });
      expect(deltas).toHaveLength(JSON_CHUNKS.length - 1);
    } finally {
      last.open();
    }
    await reading;
    expect(deltas.join('')).toBe(JSON_TEXT);
  });

  it('chat: text the upstream leaves unfinished reaches the client once the hold bound passes, before the stream ends', async () => {
    const last = gate();
    rig.openai.reply = () => ({ text: '', chunks: ['see https://example.com/docs/', 'reference/page', ' done'], beforeLast: last.promise });
    const stream = await client().chat.completions.create({ model: 'gpt-fake', stream: true, messages: [{ role: 'user', content: 'link?' }] });
    let text = '';
    const reading = (async () => {
      for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    })();
    try {
      await vi.waitFor(() => expect(text).toBe('see '), { timeout: 60_000, interval: 10 });
      // The URL is still growing as far as the proxy knows, so it waits, until the (test's) clock says it waited enough.
      await vi.waitFor(
        () => {
          rig.clock.advance(MAX_HOLD_MS);
          expect(text).toBe('see https://example.com/docs/reference/page');
        },
        { timeout: 60_000, interval: 10 },
      );
    } finally {
      last.open();
    }
    await reading;
    expect(text).toBe('see https://example.com/docs/reference/page done');
  });
});
