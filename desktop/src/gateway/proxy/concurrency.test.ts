import OpenAI from 'openai';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTestGateway, type ProxyTestGateway } from '../testing/test-gateway';

const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A distinct, detectable GitHub token per client (seeded, so a failure can be replayed). */
function token(i: number): string {
  let state = (i + 1) * 2654435761;
  let body = '';
  for (let j = 0; j < 36; j++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    body += B62[state % 62];
  }
  return `ghp_${body}`;
}

let rig: ProxyTestGateway | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

describe('the proxy under concurrency', () => {
  it('100 simultaneous streams with different secrets: each client gets exactly its own value back', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    const openai = new OpenAI({ apiKey: rig.sdkToken, baseURL: rig.openaiBase, maxRetries: 0 });
    const secrets = Array.from({ length: 100 }, (_, i) => token(i));
    expect(new Set(secrets).size).toBe(100);
    const answers = await Promise.all(
      secrets.map(async (secret, i) => {
        const stream = await openai.chat.completions.create({ model: 'gpt-fake', stream: true, messages: [{ role: 'user', content: `client ${i} uses ${secret}` }] });
        let text = '';
        for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
        return text;
      }),
    );
    answers.forEach((answer, i) => expect(answer).toBe(`You sent ${secrets[i]}.`));
    const upstream = rig.openai.received.map((request) => request.raw).join('\n');
    for (const secret of secrets) expect(upstream).not.toContain(secret);
    expect(rig.openai.received).toHaveLength(100);
  });

  it('a client that disconnects mid-stream cancels the upstream request', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    rig.openai.reply = () => ({ text: '', hang: true });
    const openai = new OpenAI({ apiKey: rig.sdkToken, baseURL: rig.openaiBase, maxRetries: 0 });
    const abort = new AbortController();
    const stream = await openai.chat.completions.create({ model: 'gpt-fake', stream: true, messages: [{ role: 'user', content: 'hi' }] }, { signal: abort.signal });
    const iterator = stream[Symbol.asyncIterator]();
    await iterator.next();
    abort.abort();
    // The upstream stream never ends by itself: only the gateway closing it settles this (the test timeout
    // catches a gateway that leaves it open).
    await rig.openai.hangClosed;
    await vi.waitFor(() => expect(rig!.gateway.log.searchEvents({ kind: 'reply' })[0]?.detail['outcome']).toBe('client_closed'), { timeout: 60_000 });
  });

  it('an unreachable upstream is a 502 in the provider shape', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    await rig.openai.close();
    const openai = new OpenAI({ apiKey: rig.sdkToken, baseURL: rig.openaiBase, maxRetries: 0 });
    const error = await openai.chat.completions.create({ model: 'gpt-fake', messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.InternalServerError);
    expect((error as InstanceType<typeof OpenAI.APIError>).status).toBe(502);
    expect((error as Error).message).toContain('ECONNREFUSED');
    rig.openai.close = async () => {};
  });
});
