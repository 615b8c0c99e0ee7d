import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../start';
import { inspectBody } from '../testing/test-gateway';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** A prompt that needs fresh pages in the log, so a log at its page cap cannot take it. */
const LONG_PROMPT = `please summarise: ${'the quarterly numbers look fine '.repeat(3000)}`;

async function startOnTempDir(): Promise<{ gateway: RunningGateway; token: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'pg-health-'));
  cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
  const gateway = await startGateway({ port: 0, dataDir, onError: () => {} });
  cleanup.push(() => gateway.close());
  return { gateway, token: gateway.auth.tokens.create('extension', 'test extension') };
}

async function health(gateway: RunningGateway): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${gateway.url}/api/health`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function inspectStatus(gateway: RunningGateway, token: string, text: string): Promise<number> {
  const response = await fetch(`${gateway.url}/api/inspect`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(inspectBody(text)),
  });
  await response.arrayBuffer();
  return response.status;
}

describe('GET /api/health', () => {
  it('says the gateway is here and takes prompts', async () => {
    const { gateway } = await startOnTempDir();
    expect(await health(gateway)).toEqual({ status: 200, body: { ok: true, service: 'promptgate-gateway', version: expect.any(String) } });
  });

  it("says the gate is unavailable while the session log's disk is full, and that it is back once a write gets in", async () => {
    const { gateway, token } = await startOnTempDir();
    expect(await inspectStatus(gateway, token, 'hello')).toBe(200);
    // SQLite's disk-full simulation on the gateway's own connection: no page beyond the current size.
    const db = gateway.log['db'];
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    expect(await inspectStatus(gateway, token, LONG_PROMPT)).toBe(503);

    const down = await health(gateway);
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({
      ok: false,
      service: 'promptgate-gateway',
      unavailable: { code: 'session_log_unavailable', reason: 'disk_full', message: expect.stringContaining("the session log's disk is full") },
    });

    db.pragma('max_page_count = 1073741823');
    expect(await inspectStatus(gateway, token, LONG_PROMPT)).toBe(200);
    expect(await health(gateway)).toMatchObject({ status: 200, body: { ok: true } });
  });
});
