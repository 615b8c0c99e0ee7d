import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../server/src/start';
import { inspectBody, startTestGateway, type TestGateway } from '../../desktop/src/gateway/testing/test-gateway';
import { enrollThroughUi, orgGatewayOptions, pushPolicy } from './org-steps';

const policy = `version: 1
name: acme
custom:
  - { id: codename, kind: keywords, keywords: [Atlas], action: block }
overrides:
  groups:
    research: { detectors: [ { type: "custom:codename", action: allow } ] }
    contractors: { detectors: [ { category: pii, action: block } ] }
`;

/** The groups given at enrollment decide which group overrides a person's gateway applies. */
describe('group overrides follow the enrolled user', () => {
  let server: RunningServer;
  let dir: string;
  let researcher: TestGateway;
  let contractor: TestGateway;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pg-groups-'));
    server = await startServer({ port: 0, dataDir: dir });
    await pushPolicy(server.url, server.firstAdminToken!, policy);
    researcher = await startTestGateway(orgGatewayOptions());
    contractor = await startTestGateway(orgGatewayOptions());
    await enrollThroughUi(researcher, server.url, server.firstAdminToken!, 'rae@example.com', ['research']);
    await enrollThroughUi(contractor, server.url, server.firstAdminToken!, 'cy@example.com', ['contractors']);
  });

  afterAll(async () => {
    await researcher?.stop();
    await contractor?.stop();
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('the same prompts get different verdicts by group', async () => {
    const verdict = async (gw: TestGateway, text: string) => (await gw.call<{ verdict: string }>('POST', '/api/inspect', { body: inspectBody(text) })).body.verdict;
    expect(await verdict(researcher, 'Atlas benchmark results')).toBe('allow');
    expect(await verdict(contractor, 'Atlas benchmark results')).toBe('block');
    expect(await verdict(researcher, 'write to jane.doe@example.org')).toBe('redact'); // defaultAction
    expect(await verdict(contractor, 'write to jane.doe@example.org')).toBe('block');
  });
});
