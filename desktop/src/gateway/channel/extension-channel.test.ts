import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InspectResponse } from '@promptgate/shared';
import { inspectBody, startTestGateway, type TestGateway } from '../testing/test-gateway';
import { clientFrame, openChannel, type ChannelTestClient } from './channel-test-client';
import { OPCODE } from './frames';

const EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const SECRET = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';
const WAIT = { timeout: 20_000 };

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.stop());

async function connect(headers: Record<string, string> = { origin: EXTENSION }): Promise<ChannelTestClient> {
  const opened = await openChannel(t.gateway.port, headers);
  if (!('client' in opened)) throw new Error(`the channel was refused: ${opened.status} ${opened.body}`);
  return opened.client;
}

async function signedIn(): Promise<ChannelTestClient> {
  const client = await connect();
  client.sendText(JSON.stringify({ type: 'hello', token: t.extensionToken }));
  await expect.poll(() => client.messages, WAIT).toEqual([{ type: 'ready' }]);
  return client;
}

describe('the extension channel', () => {
  it('answers an inspection exactly as /api/inspect does, matched by id, and records it', async () => {
    const client = await signedIn();
    const body = JSON.stringify(inspectBody(`deploy with ${SECRET}`, { conversationId: 'channel-1' }));
    client.sendText(JSON.stringify({ type: 'request', id: 7, call: 'POST /api/inspect', body }));
    client.sendText(JSON.stringify({ type: 'request', id: 8, call: 'GET /api/health' }));
    await expect.poll(() => client.messages.length, WAIT).toBe(3);
    const answers = client.messages.slice(1) as Array<{ type: string; id: number; status: number; body: string }>;
    const inspection = answers.find((a) => a.id === 7)!;
    expect(inspection).toMatchObject({ type: 'answer', status: 200 });
    const response = JSON.parse(inspection.body) as InspectResponse;
    expect(response.verdict).toBe('redact');
    expect(response.segments[0]!.text).toBe('deploy with [GITHUB_PAT_1]');
    // Recorded under the extension's token, as the HTTP path records it.
    expect(t.gateway.services.recentEvents.get(response.eventId)).toMatchObject({ requester: 'test extension', verdict: 'redact', conversationId: 'channel-1' });
    expect(answers.find((a) => a.id === 8)).toMatchObject({ status: 200 });
    client.destroy();
  });

  it('joins a message the browser sent in fragments', async () => {
    const client = await signedIn();
    const message = Buffer.from(JSON.stringify({ type: 'request', id: 3, call: 'GET /api/health' }));
    client.sendRaw(clientFrame(OPCODE.text, message.subarray(0, 10), { fin: false }));
    client.sendRaw(clientFrame(OPCODE.continuation, message.subarray(10, 20), { fin: false }));
    client.sendRaw(clientFrame(OPCODE.continuation, message.subarray(20)));
    await expect.poll(() => client.messages.length, WAIT).toBe(2);
    expect(client.messages[1]).toMatchObject({ type: 'answer', id: 3, status: 200 });
    client.destroy();
  });

  it('passes on the route’s own refusals (a bad body is a 400, as over HTTP)', async () => {
    const client = await signedIn();
    client.sendText(JSON.stringify({ type: 'request', id: 1, call: 'POST /api/inspect', body: '{"segments":"no"}' }));
    await expect.poll(() => client.messages.length, WAIT).toBe(2);
    expect(client.messages[1]).toMatchObject({ type: 'answer', id: 1, status: 400 });
    client.destroy();
  });

  it('refuses a web page’s origin, a program without one, and a foreign Host before upgrading', async () => {
    const page = await openChannel(t.gateway.port, { origin: 'https://chatgpt.com' });
    expect(page).toMatchObject({ status: 403 });
    expect(JSON.parse((page as { body: string }).body)).toMatchObject({ error: { code: 'forbidden_origin' } });
    expect(await openChannel(t.gateway.port, {})).toMatchObject({ status: 403 });
    expect(await openChannel(t.gateway.port, { origin: EXTENSION, host: `evil.example:${t.gateway.port}` })).toMatchObject({ status: 421 });
  });

  it('refuses a wrong token, or another kind of token, and closes', async () => {
    for (const token of ['pg_ext_not-a-real-token', t.sdkToken]) {
      const client = await connect();
      client.sendText(JSON.stringify({ type: 'hello', token }));
      await expect.poll(() => client.ended, WAIT).toBe(true);
      expect(client.messages).toEqual([{ type: 'refused', status: 401, message: 'missing or invalid token' }]);
      expect(client.closeCode).toBe(1008);
    }
  });

  it('answers nothing before the hello, and closes', async () => {
    const client = await connect();
    client.sendText(JSON.stringify({ type: 'request', id: 1, call: 'POST /api/inspect', body: JSON.stringify(inspectBody(SECRET)) }));
    await expect.poll(() => client.ended, WAIT).toBe(true);
    expect(client.messages).toEqual([]);
    expect(client.closeCode).toBe(1008);
  });

  it('closes on a call it does not carry, on text that is not JSON, and on an unmasked frame', async () => {
    const pairing = await signedIn();
    pairing.sendText(JSON.stringify({ type: 'request', id: 1, call: 'POST /api/pair', body: '{}' }));
    await expect.poll(() => pairing.ended, WAIT).toBe(true);
    expect(pairing.closeCode).toBe(1008);

    const garbled = await signedIn();
    garbled.sendText('{not json');
    await expect.poll(() => garbled.ended, WAIT).toBe(true);
    expect(garbled.closeCode).toBe(1007);

    const unmasked = await connect();
    unmasked.sendRaw(clientFrame(OPCODE.text, Buffer.from(JSON.stringify({ type: 'hello', token: t.extensionToken })), { masked: false }));
    await expect.poll(() => unmasked.ended, WAIT).toBe(true);
    expect(unmasked.messages).toEqual([]);
    expect(unmasked.closeCode).toBe(1002);
  });

  it('does not keep the gateway from closing while a channel is open', async () => {
    const own = await startTestGateway();
    const opened = await openChannel(own.gateway.port, { origin: EXTENSION });
    if (!('client' in opened)) throw new Error('the channel was refused');
    await own.stop();
    await expect.poll(() => opened.client.ended, WAIT).toBe(true);
  });
});
