import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestGateway, type ProxyTestGateway } from '../testing/test-gateway';

// Made-up values in the shapes of real ones.
const GITHUB = 'ghp_8fK2mQx7Lp3ZrT9vWc4NbY6hJd1sGe5aUo0i';
const STRIPE = 'sk_live_51MadeUpForTestsOnly0aB1cD2eF3';

let rig: ProxyTestGateway | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

describe('POST /responses/compact (a coding agent compacting its run)', () => {
  it('is inspected like a Responses call, and its user messages come back with the client’s values', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    const client = new OpenAI({ apiKey: rig.sdkToken, baseURL: rig.openaiBase, maxRetries: 0 });
    const first = `deploy with ${GITHUB}`;
    const compacted = await client.responses.compact({
      model: 'gpt-fake',
      instructions: 'You are a coding agent.',
      input: [
        { role: 'user', content: first },
        { type: 'function_call', call_id: 'call_1', name: 'read_env', arguments: '{"path":".env"}' },
        { type: 'function_call_output', call_id: 'call_1', output: `STRIPE_SECRET_KEY=${STRIPE}\n` },
        { role: 'user', content: [{ type: 'input_text', text: 'now rotate the token' }] },
      ],
    });
    const [upstream] = rig.openai.received.filter((request) => request.path === '/v1/responses/compact');
    for (const value of [GITHUB, STRIPE]) expect(upstream!.raw).not.toContain(value);
    expect(upstream!.raw).toContain('deploy with [GITHUB_PAT_1]');

    expect(compacted.object).toBe('response.compaction');
    const users = compacted.output.filter((item) => item.type === 'message');
    expect(users.map((item) => (item.type === 'message' ? item.content.map((part) => ('text' in part ? part.text : '')).join('') : ''))).toEqual([first, 'now rotate the token']);
    // The compaction item is the provider's and goes back as it came: what it holds is what the provider was given.
    const item = compacted.output.find((entry) => entry.type === 'compaction');
    const held = Buffer.from(item?.type === 'compaction' ? item.encrypted_content : '', 'base64').toString('utf8');
    expect(held).toContain('[STRIPE_LIVE_SECRET_KEY_1]');
    expect(held).not.toContain(STRIPE);
  });
});
