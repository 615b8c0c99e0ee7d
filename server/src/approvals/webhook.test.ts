import { createServer } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ENGINES } from '../testing/engines';
import { testStores, twoReplicas, type TestReplica } from '../testing/replicas';
import { ApprovalStore } from './approval-store';
import { startApprovalWebhook } from './webhook';

/** A chat tool's incoming webhook: keeps what it is posted. */
async function webhookReceiver(): Promise<{ url: string; posted: Array<{ type: string; approval: { id: string; status: string } }> }> {
  const posted: Array<{ type: string; approval: { id: string; status: string } }> = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      posted.push(JSON.parse(body) as (typeof posted)[number]);
      response.end();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, posted };
}

/** On PostgreSQL two server processes; on SQLite (one process owns the file) two stores of one process. */
async function replicasOf(engine: 'sqlite' | 'postgres'): Promise<[TestReplica, TestReplica]> {
  if (engine === 'postgres') return twoReplicas();
  const one = await testStores(engine);
  return [one, one];
}

describe.each(ENGINES)('the approval webhook on %s', (engine) => {
  it('runs on one replica and posts every hold and decision, whichever replica they were made on', async () => {
    const [a, b] = await replicasOf(engine);
    const receiver = await webhookReceiver();
    const errors: unknown[] = [];
    const onA = new ApprovalStore(a.db, a.bus, Date.now);
    const onB = new ApprovalStore(b.db, b.bus, Date.now);
    onTestFinished(startApprovalWebhook(onA, receiver.url, (error) => errors.push(error)));
    await b.db.run('INSERT INTO devices (id, token_hash, name, "user", groups_json, enrolled_at) VALUES (?, ?, ?, ?, ?, ?)', ['d1', 'h1', 'laptop', 'ann', '[]', 0]);
    const device = { id: 'd1', name: 'laptop', user: 'ann', groups: [] };
    const held = await onB.create(device, {
      localId: 'l1',
      requester: 'ext',
      site: 'chatgpt.com',
      sessionKind: 'chat',
      maskedSegments: [{ id: 'p', text: 'about [EMAIL_1]' }],
      findings: [],
    });
    await expect.poll(() => receiver.posted.map((p) => p.type)).toEqual(['approval.created']);
    await onB.decide(held.id, 'denied', { name: 'bob', roles: new Set(['approver']), via: 'oidc' }, 'no');
    await expect.poll(() => receiver.posted.map((p) => `${p.type}:${p.approval.status}`)).toEqual(['approval.created:pending', 'approval.decided:denied']);
    expect(receiver.posted.every((p) => p.approval.id === held.id)).toBe(true);
    expect(errors).toEqual([]);
  });
});
