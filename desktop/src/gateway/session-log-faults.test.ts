import { statSync, truncateSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { DATA_FILES, SessionLog } from '../log';
import { inspectBody, startTestGateway, type ProxyTestGateway } from './testing/test-gateway';

let rig: ProxyTestGateway | undefined;
const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** A prompt that needs fresh pages in the log, so a log at its page cap cannot take it. */
const LONG_PROMPT = `please summarise: ${'the quarterly numbers look fine '.repeat(3000)}`;

async function inspect(r: ProxyTestGateway, token: string, text: string): Promise<{ status: number; body: { error?: { code?: string; message?: string } } }> {
  const response = await fetch(`${r.gateway.url}/api/inspect`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(inspectBody(text)),
  });
  return { status: response.status, body: (await response.json()) as { error?: { code?: string; message?: string } } };
}

describe('the gateway on a full disk', () => {
  it('tells the extension and SDK clients the gate is unavailable, says why once, and recovers by itself', async () => {
    rig = await startTestGateway({ fakeProviders: true });
    const extensionToken = rig.extensionToken;
    const openai = new OpenAI({ apiKey: rig.sdkToken, baseURL: rig.openaiBase, maxRetries: 0 });
    const ask = () => openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: LONG_PROMPT }] });
    expect((await inspect(rig, extensionToken, 'hello')).status).toBe(200);

    // The full-text index catches up now, so its timer has nothing left to write while the disk is full.
    expect(rig.gateway.log.searchEvents({ search: 'hello' })).toHaveLength(1);
    // SQLite's disk-full simulation on the gateway's own connection: no page beyond the current size.
    const db = rig.gateway.log['db'];
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);

    const refused = await inspect(rig, extensionToken, LONG_PROMPT);
    expect(refused.status).toBe(503);
    expect(refused.body.error).toMatchObject({ code: 'session_log_unavailable', message: expect.stringContaining("the session log's disk is full") });
    const sdkError: unknown = await ask().catch((error: unknown) => error);
    expect(sdkError).toBeInstanceOf(OpenAI.APIError);
    expect(sdkError).toMatchObject({ status: 503, message: expect.stringContaining("the session log's disk is full") });
    expect(rig.openai.received).toHaveLength(0);
    expect(rig.errors.map(String).filter((e) => /disk is full/.test(e))).toHaveLength(1);

    db.pragma('max_page_count = 1073741823');
    expect((await inspect(rig, extensionToken, LONG_PROMPT)).status).toBe(200);
    expect((await ask()).choices).toHaveLength(1);
    expect(rig.gateway.log.verify()).toMatchObject({ ok: true });
    expect(rig.errors.splice(0).map(String)).toEqual([expect.stringMatching(/disk is full/), expect.stringMatching(/takes events again/)]);
  });
});

describe('the gateway on a damaged session log', () => {
  it('sets the file aside, starts a new log that says so, and keeps enforcing', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'pg-damaged-'));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const seed = SessionLog.open(dataDir);
    seed.appendEvent({ sessionKind: 'chat', source: 'chatgpt.com', kind: 'inspect', verdict: 'allow', maskedText: 'before', findings: [] });
    seed.close();
    const file = join(dataDir, DATA_FILES.sessionLog);
    truncateSync(file, Math.floor(statSync(file).size / 2));

    const t = await startTestGateway({ dataDir });
    cleanup.push(() => t.stop());
    expect(t.errors.splice(0).map(String)).toEqual([
      expect.stringMatching(/the session log database was damaged .*moved to session-log\.damaged-.*\.db and a new log was started/),
    ]);
    const gateway = t.gateway;
    const response = await fetch(`${gateway.url}/api/inspect`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.extensionToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(inspectBody('deploy with ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u now')),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { verdict: string }).verdict).toBe('redact');
    const events = gateway.log.searchEvents({}).reverse();
    expect(events.map((e) => e.kind)).toEqual(['notice', 'inspect']);
    expect(gateway.log.verify()).toEqual({ ok: true, events: 2 });
  });
});
