import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { SessionLog } from '../log';
import { inspectBody, startTestGateway, type ProxyTestGateway } from './testing/test-gateway';

const DAY = 24 * 60 * 60 * 1000;
const GITHUB = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';
const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

describe('the policy logging settings', () => {
  it('applies retentionDays when the gateway starts', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'pg-retention-'));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const seed = SessionLog.open(dataDir);
    const base = { sessionKind: 'chat', source: 'chatgpt.com', kind: 'inspect', verdict: 'allow', findings: [] } as const;
    seed.appendEvent({ ...base, maskedText: 'forty days old', at: Date.now() - 40 * DAY });
    const recent = seed.appendEvent({ ...base, maskedText: 'two days old', at: Date.now() - 2 * DAY });
    seed.close();

    const t = await startTestGateway({ dataDir, policyYaml: 'version: 1\nname: short retention\nlogging: { retentionDays: 30 }\n' });
    cleanup.push(() => t.stop());
    expect(t.gateway.log.searchEvents({}).map((e) => e.id)).toEqual([recent.id]);
    expect(t.gateway.log.verify()).toEqual({ ok: true, events: 1 });
    expect(t.errors).toEqual([]);
  });

  it('storeMaskedPrompts: false keeps verdict and findings but no prompt text, from the extension and from SDK clients', async () => {
    const rig: ProxyTestGateway = await startTestGateway({ fakeProviders: true, policyYaml: 'version: 1\nname: no text\nlogging: { storeMaskedPrompts: false }\n' });
    cleanup.push(() => rig.stop());
    const extensionToken = rig.extensionToken;
    const inspected = await fetch(`${rig.gateway.url}/api/inspect`, {
      method: 'POST',
      headers: { authorization: `Bearer ${extensionToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(inspectBody(`deploy with ${GITHUB} to the billing cluster`)),
    });
    expect(inspected.status).toBe(200);
    const openai = new OpenAI({ apiKey: rig.sdkToken, baseURL: rig.openaiBase, maxRetries: 0 });
    await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `the billing cluster key is ${GITHUB}` }] });

    const prompts = rig.gateway.log.searchEvents({ kind: 'inspect' });
    expect(prompts).toHaveLength(2);
    for (const event of prompts) {
      expect(event.maskedText).toBe('');
      expect(event.detail).toMatchObject({ maskedTextOmitted: true });
      expect(event.verdict).toBe('redact');
      expect(event.findings).toEqual([expect.objectContaining({ type: 'github-pat', placeholder: '[GITHUB_PAT_1]' })]);
    }
    expect(JSON.stringify(rig.gateway.log.searchEvents({ limit: 100 }))).not.toMatch(/billing cluster/);
  });
});
