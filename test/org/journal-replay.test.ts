import { appendFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../desktop/src/log';
import { prepareEvent } from '../../desktop/src/log/event-input';
import { adminCall, type ServerProcess, startServerInTempDir } from './server-process';
import { startTestGateway, type TestGateway } from '../../desktop/src/gateway/testing/test-gateway';
import { enrollThroughUi, orgGatewayOptions, pushPolicy } from './org-steps';

const policy = `version: 1
name: acme
logging:
  ship: true
`;

/** What the SDK proxy journals for a call: durable on disk, not yet in the database, when kill -9 lands. */
function journaledCall(i: number) {
  return prepareEvent(
    { sessionKind: 'sdk', source: 'agent', conversationId: `run-${i}`, requester: 'agent', kind: 'inspect', verdict: 'allow', maskedText: `journaled prompt ${i}`, findings: [] },
    Date.now(),
  );
}

describe('journal lines replayed at start', () => {
  let server: ServerProcess;
  let gw: TestGateway;
  let serverDir: string;
  let adminToken: string;

  beforeAll(async () => {
    ({ server, dir: serverDir, adminToken } = await startServerInTempDir());
    gw = await startTestGateway(orgGatewayOptions());
    await enrollThroughUi(gw, server.url, adminToken, 'erin@example.com');
    await pushPolicy(server.url, adminToken, policy);
    await gw.gateway.org.pullPolicy();
  });

  afterAll(async () => {
    await gw?.stop();
    await server?.stop();
    await rm(serverDir, { recursive: true, force: true });
  });

  it('reach the org server as well as the local log', async () => {
    await gw.stop({ keepData: true });
    // As if the gateway had been killed with lines in its journal: on disk, in neither the log nor the outbox.
    const lost = [journaledCall(1), journaledCall(2), journaledCall(3)];
    appendFileSync(join(gw.dataDir, DATA_FILES.sessionLogJournal), lost.map((event) => `${JSON.stringify(event)}\n`).join(''));

    gw = await startTestGateway(orgGatewayOptions({ dataDir: gw.dataDir }));
    expect(
      gw.gateway.log
        .searchEvents({ site: 'agent' })
        .map((e) => e.id)
        .sort(),
    ).toEqual(lost.map((e) => e.id).sort());
    await gw.gateway.org.flushAudit();
    await expect.poll(() => gw.gateway.org.status().audit?.queued, { message: 'the replayed events to ship' }).toBe(0);
    const stored = await adminCall<{ events: Array<{ id: string }> }>(server.url, adminToken, 'GET', '/admin/audit?limit=1000');
    expect(stored.body.events.map((e) => e.id)).toEqual(expect.arrayContaining(lost.map((e) => e.id)));
  });
});
