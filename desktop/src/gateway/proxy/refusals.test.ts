import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_ANTHROPIC_KEY } from './testing/fake-anthropic';
import { EXPECTED_KEY } from './testing/fake-openai';
import { startTestGateway, type ProxyTestGateway } from '../testing/test-gateway';

/** Well-formed, but never issued by this gateway. */
const UNKNOWN_TOKEN = 'pg_sdk_0123456789ABCDEFGHIJKLMNOPQRSTUV';

let rig: ProxyTestGateway;
beforeAll(async () => {
  rig = await startTestGateway({ fakeProviders: true });
});
afterAll(() => rig.stop());

describe('the proxy refusing a client that has no valid promptgate token', () => {
  it.each([
    ['an unknown promptgate token', UNKNOWN_TOKEN],
    ['the provider key instead of a promptgate token', EXPECTED_KEY.value],
  ])('OpenAI SDK with %s: AuthenticationError in the OpenAI shape, naming the promptgate token', async (_case, apiKey) => {
    const openai = new OpenAI({ apiKey, baseURL: rig.openaiBase, maxRetries: 0 });
    const error = await openai.chat.completions.create({ model: 'gpt-fake', messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    const refused = error as InstanceType<typeof OpenAI.AuthenticationError>;
    expect(refused.status).toBe(401);
    expect(refused.type).toBe('authentication_error');
    expect(refused.code).toBe('invalid_promptgate_token');
    expect(refused.message).toContain('promptgate token');
    expect(refused.message).toContain('pg_sdk_');
    expect(refused.message).toContain('not the provider');
    expect(refused.message).not.toContain(apiKey);
    expect(rig.openai.received).toHaveLength(0);
  });

  it.each([
    ['an unknown promptgate token', UNKNOWN_TOKEN],
    ['the provider key instead of a promptgate token', EXPECTED_ANTHROPIC_KEY],
  ])('Anthropic SDK with %s: AuthenticationError with the {"type":"error"} envelope', async (_case, apiKey) => {
    const anthropic = new Anthropic({ apiKey, baseURL: rig.anthropicBase, maxRetries: 0 });
    const error = await anthropic.messages.create({ model: 'claude-fake', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Anthropic.AuthenticationError);
    const body = (error as InstanceType<typeof Anthropic.AuthenticationError>).error as { type: string; error: { type: string; message: string } };
    expect(body.type).toBe('error');
    expect(body.error.type).toBe('authentication_error');
    expect(body.error.message).toContain('promptgate token');
    expect(body.error.message).not.toContain(apiKey);
    expect(rig.anthropic.received).toHaveLength(0);
  });

  it('no credential at all gets the same answer', async () => {
    const response = await fetch(`${rig.openaiBase}/models`);
    expect(response.status).toBe(401);
    const body = (await response.json()) as { error: { type: string; code: string; message: string } };
    expect(body.error).toMatchObject({ type: 'authentication_error', code: 'invalid_promptgate_token' });
  });

  it('the extension API keeps its own error shape', async () => {
    const response = await fetch(`${rig.gateway.url}/api/policy`, { headers: { authorization: `Bearer ${UNKNOWN_TOKEN}` } });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: 'unauthorized', message: 'missing or invalid token' } });
  });
});
