import { afterEach, describe, expect, it } from 'vitest';
import { inspectBody, startTestGateway, type ProxyTestGateway } from '../testing/test-gateway';

let rig: ProxyTestGateway | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

/** A prompt that needs fresh pages in the log, so a log at its page cap cannot take it. */
const LONG_PROMPT = `please summarise: ${'the quarterly numbers look fine '.repeat(3000)}`;

async function health(r: ProxyTestGateway): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${r.gateway.url}/api/health`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function inspectStatus(r: ProxyTestGateway, token: string, text: string): Promise<number> {
  const response = await fetch(`${r.gateway.url}/api/inspect`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(inspectBody(text)),
  });
  await response.arrayBuffer();
  return response.status;
}

describe('GET /api/health', () => {
  it('says the gateway is here and takes prompts', async () => {
    rig = await startTestGateway({ fakeProviders: true, setProviderKeys: false });
    expect(await health(rig)).toEqual({ status: 200, body: { ok: true, service: 'promptgate-gateway', version: expect.any(String) } });
  });

  it("says the gate is unavailable while the session log's disk is full, and that it is back once a write gets in", async () => {
    rig = await startTestGateway({ fakeProviders: true, setProviderKeys: false });
    const token = rig.extensionToken;
    expect(await inspectStatus(rig, token, 'hello')).toBe(200);
    // SQLite's disk-full simulation on the gateway's own connection: no page beyond the current size.
    const db = rig.gateway.log['db'];
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    expect(await inspectStatus(rig, token, LONG_PROMPT)).toBe(503);

    const down = await health(rig);
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({
      ok: false,
      service: 'promptgate-gateway',
      unavailable: 'disk_full',
      error: { code: 'session_log_unavailable', message: expect.stringContaining("the session log's disk is full") },
    });

    db.pragma('max_page_count = 1073741823');
    expect(await inspectStatus(rig, token, LONG_PROMPT)).toBe(200);
    expect(await health(rig)).toMatchObject({ status: 200, body: { ok: true } });
    expect(rig.errors.splice(0).map(String)).toEqual([expect.stringMatching(/disk is full/), expect.stringMatching(/takes events again/)]);
  });
});
