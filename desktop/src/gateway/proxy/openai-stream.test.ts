import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { echoReply } from './testing/fake-openai';
import { startProxyRig, type ProxyTestRig } from './testing/proxy-test-gateway';

const GITHUB = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';

let rig: ProxyTestRig;
beforeAll(async () => {
  rig = await startProxyRig();
});
beforeEach(() => {
  rig.openai.reply = echoReply;
});
afterAll(() => rig.stop());

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
    const final = await client().chat.completions.stream({ model: 'gpt-fake', messages: [{ role: 'user', content: `token ${GITHUB}` }] }).finalChatCompletion();
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
});
