import { afterEach, describe, expect, it } from 'vitest';
import type { InspectResponse } from '@promptgate/shared';
import { inspectBody, startTestGateway, type TestGateway } from '../testing/test-gateway';

const FIRST = 'AKIAZ3MRT7QW5PXK2NVB';
const SECOND = 'AKIAQ7HXN4WD2KRT6MZC';

let t: TestGateway | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

async function redacted(gateway: TestGateway, text: string, conversationId: string): Promise<string> {
  const response = await gateway.request('POST', '/api/inspect', { body: inspectBody(text, { conversationId }) });
  expect(response.status, response.body).toBe(200);
  return response.json<InspectResponse>().segments[0]!.text;
}

const link = (gateway: TestGateway, draftId: string, conversationId: string, token?: string) =>
  gateway
    .request('POST', '/api/conversation-link', { body: { site: 'chatgpt.com', draftId, conversationId }, ...(token ? { token } : {}) })
    .then((r) => r.json<{ linked: boolean }>().linked);
const restore = (gateway: TestGateway, conversationId: string, text: string) =>
  gateway.request('POST', '/api/restore', { body: { site: 'chatgpt.com', conversationId, text } }).then((r) => r.json<{ text: string }>().text);

describe('POST /api/conversation-link', () => {
  it('lets a new chat keep its first prompt\u2019s placeholders under the id the site gave it', async () => {
    t = await startTestGateway();
    expect(await redacted(t, `key ${FIRST}`, 'new-draft')).toBe('key [AWS_ACCESS_KEY_ID_1]');
    expect(await link(t, 'new-draft', 'c-123')).toBe(true);
    expect(await redacted(t, `other key ${SECOND}`, 'c-123')).toBe('other key [AWS_ACCESS_KEY_ID_2]');
    expect(await restore(t, 'c-123', '[AWS_ACCESS_KEY_ID_1] then [AWS_ACCESS_KEY_ID_2]')).toBe(`${FIRST} then ${SECOND}`);
    expect(await restore(t, 'new-draft', '[AWS_ACCESS_KEY_ID_1]')).toBe(FIRST);
  });

  it('refuses to merge a draft into a conversation that has placeholders of its own', async () => {
    t = await startTestGateway();
    await redacted(t, `key ${FIRST}`, 'new-draft');
    await redacted(t, `key ${SECOND}`, 'older');
    expect(await link(t, 'new-draft', 'older')).toBe(false);
    expect(await restore(t, 'older', '[AWS_ACCESS_KEY_ID_1]')).toBe(SECOND);
  });

  it('links only the caller\u2019s own drafts', async () => {
    t = await startTestGateway();
    await redacted(t, `key ${FIRST}`, 'new-draft');
    const other = t.gateway.auth.tokens.create('extension', 'other browser');
    expect(await link(t, 'new-draft', 'c-9', other)).toBe(false);
    expect(await restore(t, 'c-9', '[AWS_ACCESS_KEY_ID_1]')).toBe('[AWS_ACCESS_KEY_ID_1]');
  });
});
