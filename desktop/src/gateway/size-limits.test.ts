import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type ProxyTestGateway } from './testing/test-gateway';

/** A prompt may be 2,000 characters; what happens past that is the test's. */
function policy(action: 'warn' | 'block'): string {
  return `name: size limits\nversion: 1\nlimits:\n  prompt: { maxChars: 2000, action: ${action} }\nsdk: { warnAction: redact }\n`;
}

let gateway: ProxyTestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({ fakeProviders: true, policyYaml: policy('warn') });
});
afterAll(() => gateway.stop());

describe("the policy's size limits at the gateway", () => {
  it('warns the person in the browser about a prompt past the limit, and says why', async () => {
    const answer = await gateway.inspect('please review: ' + 'the quarterly numbers look fine. '.repeat(80));
    expect(answer.verdict).toBe('warn');
    expect(answer.findings).toEqual([]);
    expect(answer.reasons.map((reason) => reason.title)).toEqual(['Prompt longer than the policy allows (at most 2,000 characters)']);
    const logged = gateway.gateway.log.searchEvents().find((event) => event.id === answer.eventId);
    expect(logged?.detail['limits']).toEqual([{ type: 'prompt-size-limit', action: 'warn', count: 1, rule: 'limits.prompt' }]);
  });

  it("lets a prompt within the limit through, and applies sdk.warnAction to an agent's long message", async () => {
    expect((await gateway.inspect('a short question')).verdict).toBe('allow');
    const openai = new OpenAI({ apiKey: gateway.sdkToken, baseURL: gateway.openaiBase, maxRetries: 0 });
    // `redact` for an agent: nothing to replace, so the request goes on as written.
    const reply = await openai.chat.completions.create({ model: 'gpt-fake', messages: [{ role: 'user', content: 'x '.repeat(1500) }] });
    expect(reply.choices[0]?.message).toBeDefined();
    expect(gateway.openai.received).toHaveLength(1);
  });
});

describe('a size limit that blocks, for an SDK client', () => {
  let strict: ProxyTestGateway;
  beforeAll(async () => {
    strict = await startTestGateway({ fakeProviders: true, policyYaml: policy('block') });
  });
  afterAll(() => strict.stop());

  it("refuses the request in the provider's shape, naming the limit, and sends nothing", async () => {
    const openai = new OpenAI({ apiKey: strict.sdkToken, baseURL: strict.openaiBase, maxRetries: 0 });
    const error = await openai.chat.completions
      .create({ model: 'gpt-fake', messages: [{ role: 'user', content: 'summarise: ' + 'lorem ipsum dolor '.repeat(200) }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.PermissionDeniedError);
    expect((error as Error).message).toContain('Prompt longer than the policy allows (at most 2,000 characters) (rule limits.prompt)');
    expect(strict.openai.received).toHaveLength(0);
  });

  it('does not count the history an agent resends, only its newest message', async () => {
    const openai = new OpenAI({ apiKey: strict.sdkToken, baseURL: strict.openaiBase, maxRetries: 0 });
    const history = 'an earlier, very long answer. '.repeat(200);
    await openai.chat.completions.create({
      model: 'gpt-fake',
      messages: [
        { role: 'user', content: 'first question' },
        { role: 'assistant', content: history },
        { role: 'user', content: 'and the next step?' },
      ],
    });
    expect(strict.openai.received).toHaveLength(1);
  });
});
