import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, NOT_TEXT_KEYS } from './json-text';
import { startTestGateway, type ProxyTestGateway } from '../testing/test-gateway';

const GITHUB = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';
const AWS = 'AKIAZ3MRT7QW5PXK2NVB';
const SECRETS = [GITHUB, AWS];
/** Every name an object inherits: a lookup in a plain object finds these even when the body does not have them. */
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

let rig: ProxyTestGateway;
beforeAll(async () => {
  rig = await startTestGateway({ fakeProviders: true });
});
afterAll(() => rig.stop());

/** Sets an own property whatever its name (`obj[key] = …` would set the prototype for `__proto__`). */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function openai(): OpenAI {
  return new OpenAI({ apiKey: rig.sdkToken, baseURL: rig.openaiBase, maxRetries: 0 });
}

/** A chat body with `extra` fields at the top, sent through the real SDK; the error if it raised one. */
async function sendChat(extra: Record<string, unknown>): Promise<{ error?: unknown; upstream?: string }> {
  const body: Record<string, unknown> = { model: 'gpt-fake', messages: [{ role: 'user', content: 'hello' }] };
  for (const key of Object.keys(extra)) put(body, key, extra[key]);
  const before = rig.openai.received.length;
  try {
    await openai().chat.completions.create(body as unknown as OpenAI.Chat.ChatCompletionCreateParamsNonStreaming);
  } catch (error) {
    return { error };
  }
  return {
    upstream: rig.openai.received
      .slice(before)
      .map((request) => request.raw)
      .join('\n'),
  };
}

/** Seeded, so a failing case can be replayed from its number. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const NAME_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$-.';

/** A key name: half the time one every object inherits, else random; never a structure key (ids, roles). */
function keyName(next: () => number): string {
  for (;;) {
    let name: string;
    if (next() < 0.5) name = PROTOTYPE_NAMES[Math.floor(next() * PROTOTYPE_NAMES.length)]!;
    else {
      name = '';
      const length = 1 + Math.floor(next() * 12);
      for (let i = 0; i < length; i++) name += NAME_CHARS[Math.floor(next() * NAME_CHARS.length)];
    }
    if (!NOT_TEXT_KEYS.has(name)) return name;
  }
}

/** Random JSON of objects and arrays whose string leaves often hold a secret. */
function randomValue(next: () => number, depth: number): unknown {
  const pick = next();
  if (depth > 3 || pick < 0.35) {
    if (next() < 0.6) return `value ${SECRETS[Math.floor(next() * SECRETS.length)]} here`;
    return [42, true, null, 'plain words'][Math.floor(next() * 4)];
  }
  if (pick < 0.55) return Array.from({ length: 1 + Math.floor(next() * 3) }, () => randomValue(next, depth + 1));
  const object: Record<string, unknown> = {};
  for (let i = 0, n = 1 + Math.floor(next() * 3); i < n; i++) put(object, keyName(next), randomValue(next, depth + 1));
  return object;
}

function nested(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { deeper: value };
  return value;
}

/** The same as JSON text: deeper than `JSON.stringify` (in the SDKs too) can write. */
function nestedJson(depth: number, leaf: string): string {
  let open = '';
  let close = '';
  for (let i = depth - 1; i >= 0; i--) {
    open += i % 2 === 0 ? '[' : '{"deeper":';
    close = (i % 2 === 0 ? ']' : '}') + close;
  }
  return open + JSON.stringify(leaf) + close;
}

describe('request fields named like object methods, and deep bodies', () => {
  it.each(PROTOTYPE_NAMES)('a top-level "%s" holding a secret is inspected and redacted', async (name) => {
    const { error, upstream } = await sendChat({ [name]: `my token is ${GITHUB}` });
    expect(error).toBeUndefined();
    // The field reached the provider (so the case really ran), with the secret replaced.
    expect(upstream).toContain(JSON.stringify(name));
    expect(upstream).toContain('[GITHUB_PAT_1]');
    expect(upstream).not.toContain(GITHUB);
  });

  it('settings fields that carry text instead of numbers are inspected too', async () => {
    const { error, upstream } = await sendChat({ temperature: `t ${GITHUB}`, max_tokens: { note: `k ${AWS}` } });
    expect(error).toBeUndefined();
    expect(upstream).not.toContain(GITHUB);
    expect(upstream).not.toContain(AWS);
  });

  it('property: random key names at any depth are inspected or refused with a 400, never passed raw or a 500', async () => {
    let inspected = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const next = random(seed);
      const extra: Record<string, unknown> = {};
      for (let i = 0, n = 1 + Math.floor(next() * 3); i < n; i++) {
        const key = keyName(next);
        if (key !== 'messages' && key !== 'model' && key !== 'stream') put(extra, key, randomValue(next, 0));
      }
      const { error, upstream } = await sendChat(extra);
      if (error !== undefined) {
        expect(error, `seed ${seed}`).toBeInstanceOf(OpenAI.BadRequestError);
        continue;
      }
      inspected++;
      for (const secret of SECRETS) expect(upstream, `seed ${seed}`).not.toContain(secret);
    }
    // The property is about inspection: most random bodies are valid requests, not refusals.
    expect(inspected).toBeGreaterThan(40);
  });

  it('a body nested 5,000 levels deep is a 400 in the OpenAI shape, and nothing goes upstream', async () => {
    const before = rig.openai.received.length;
    const body = `{"model":"gpt-fake","messages":[{"role":"user","content":"hi"}],"metadata":${nestedJson(5000, `deep ${GITHUB}`)}}`;
    const error = await openai()
      .post('/chat/completions', { body, headers: { 'content-type': 'application/json' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    const refused = error as InstanceType<typeof OpenAI.BadRequestError>;
    expect(refused.type).toBe('invalid_request_error');
    expect(refused.code).toBe('too_deeply_nested');
    expect(refused.message).toContain('levels');
    expect(rig.openai.received.length).toBe(before);
  });

  it('a deep message content block is a 400 in the Anthropic shape', async () => {
    const anthropic = new Anthropic({ apiKey: rig.sdkToken, baseURL: rig.anthropicBase, maxRetries: 0 });
    const content = `[{"type":"text","text":"hi","extra":${nestedJson(5000, `deep ${GITHUB}`)}}]`;
    const body = `{"model":"claude-fake","max_tokens":10,"messages":[{"role":"user","content":${content}}]}`;
    const error = await anthropic.post('/v1/messages', { body, headers: { 'content-type': 'application/json' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Anthropic.BadRequestError);
    expect((error as InstanceType<typeof Anthropic.BadRequestError>).error).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
    expect(rig.anthropic.received).toHaveLength(0);
  });

  it('a body just under the depth limit is inspected', async () => {
    const { error, upstream } = await sendChat({ metadata: nested(MAX_JSON_DEPTH - 8, `deep ${GITHUB}`) });
    expect(error).toBeUndefined();
    expect(upstream).toContain('[GITHUB_PAT_1]');
    expect(upstream).not.toContain(GITHUB);
  });
});

describe('compressed request bodies', () => {
  /** The SDK's own requests, gzipped on the way as a client that compresses its bodies sends them. */
  const gzipping: typeof fetch = (url, init) => {
    // The SDK sends JSON as a string.
    if (typeof init?.body !== 'string') throw new Error('expected a JSON body as a string');
    return fetch(url, { ...init, body: gzipSync(init.body), headers: { ...Object.fromEntries(new Headers(init.headers)), 'content-encoding': 'gzip' } });
  };

  it('a gzipped body is inspected as its client wrote it, and goes on uncompressed', async () => {
    const before = rig.openai.received.length;
    const client = new OpenAI({ apiKey: rig.sdkToken, baseURL: rig.openaiBase, maxRetries: 0, fetch: gzipping });
    await client.chat.completions.create({ model: 'gpt-fake', messages: [{ role: 'user', content: `deploy with ${GITHUB}` }] });
    const [upstream] = rig.openai.received.slice(before);
    expect(upstream!.headers['content-encoding']).toBeUndefined();
    expect(upstream!.raw).toContain('deploy with [GITHUB_PAT_1]');
    expect(upstream!.raw).not.toContain(GITHUB);
  });

  it('a coding the gateway cannot undo is a 415 in the provider shape, and nothing goes upstream', async () => {
    const before = rig.openai.received.length;
    const compressing: typeof fetch = (url, init) => fetch(url, { ...init, headers: { ...Object.fromEntries(new Headers(init?.headers)), 'content-encoding': 'compress' } });
    const client = new OpenAI({ apiKey: rig.sdkToken, baseURL: rig.openaiBase, maxRetries: 0, fetch: compressing });
    const error = await client.chat.completions.create({ model: 'gpt-fake', messages: [{ role: 'user', content: 'hello' }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    expect((error as InstanceType<typeof OpenAI.APIError>).status).toBe(415);
    expect((error as Error).message).toContain('content-encoding: compress');
    expect(rig.openai.received.length).toBe(before);
  });
});
