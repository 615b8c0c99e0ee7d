import { afterEach, describe, expect, it } from 'vitest';
import { inspect, Vault, type InspectResponse } from '@promptgate/shared';
import { inspectBody, startTestGateway, type TestGateway } from '../testing/test-gateway';
import { OFF_THREAD_MIN_CHARS } from './inspect-off-thread';
import { faultyWorker, gatedWorker } from './testing/gate';

let t: TestGateway | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

/** 1 MB of the keyword that used to make the password rule rescan to the end of the line at every match. */
const adversarial = `${'password='.repeat(116_508)} ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u`;

describe('large prompts are inspected off the event loop', () => {
  it('answers health while a 1 MB adversarial prompt is being inspected, then the same verdict as inline detection', async () => {
    const gate = gatedWorker();
    t = await startTestGateway({ detectPool: { entry: gate.entry } });
    const pool = t.gateway.services.detectPool;
    let inspected = false;
    const answer = t.request('POST', '/api/inspect', { body: inspectBody(adversarial) }).then((response) => {
      inspected = true;
      return response;
    });
    // The inspection has reached the worker, which waits at the gate until the test opens it.
    await expect.poll(() => pool.pending, { timeout: 60_000 }).toBe(1);
    const health = await t.request('GET', '/api/health', { token: null });
    expect(health.status).toBe(200);
    expect(inspected).toBe(false);

    gate.open();
    const response = await answer;
    expect(response.status).toBe(200);
    const body = response.json<InspectResponse>();
    const { policy, extraRules } = t.gateway.services.policy.active;
    const inline = inspect([{ id: 'prompt', kind: 'prompt', text: adversarial }], { policy, extraRules, context: { site: 'chatgpt.com', client: 'browser' }, vault: new Vault() });
    expect(body.verdict).toBe(inline.action);
    expect(body.segments).toEqual(inline.segments.map(({ id, text }) => ({ id, text })));
    expect(body.findings.map(({ type, start, end, placeholder }) => ({ type, start, end, placeholder }))).toEqual(
      inline.segments[0]!.findings.map(({ type, start, end, placeholder }) => ({ type, start, end, placeholder })),
    );
    expect(body.findings.map((finding) => finding.type)).toContain('github-pat');
  });

  it('inspects a small prompt inline, without waiting for a worker', async () => {
    const gate = gatedWorker();
    t = await startTestGateway({ detectPool: { entry: gate.entry } });
    // The gate stays shut: a small prompt that went to a worker would never be answered.
    const response = await t.request('POST', '/api/inspect', { body: inspectBody(`token ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u ${'x'.repeat(OFF_THREAD_MIN_CHARS / 2)}`) });
    expect(response.status).toBe(200);
    expect(response.json<InspectResponse>().findings.map((finding) => finding.type)).toEqual(['github-pat']);
    gate.open();
  });

  it('refuses a prompt whose detection worker died with a clear error, and inspects the next one on a fresh worker', async () => {
    t = await startTestGateway({ detectPool: { entry: faultyWorker, size: 1 } });
    const crashed = await t.request('POST', '/api/inspect', { body: inspectBody(`crash the worker ${'x'.repeat(OFF_THREAD_MIN_CHARS)}`) });
    expect(crashed.status).toBe(500);
    expect(crashed.json()).toMatchObject({ error: { code: 'inspection_failed' } });
    expect(crashed.json<{ error: { message: string } }>().error.message).toMatch(/nothing was sent/);
    const next = await t.request('POST', '/api/inspect', { body: inspectBody(`mail ada@example.com ${'x'.repeat(OFF_THREAD_MIN_CHARS)}`) });
    expect(next.status).toBe(200);
    expect(next.json<InspectResponse>().findings.map((finding) => finding.type)).toEqual(['email']);
    // The death was reported to the gateway's error log; the test gateway fails its stop on any such report.
    const stopping = t.stop();
    t = undefined;
    await expect(stopping).rejects.toThrow(/detection worker exited with code 3/);
  });
});
