import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestIdp, SERVER_AUDIENCE, type TestIdp } from './idp';
import { adminCall, startServerProcess, type ServerProcess } from './server-process';
import { inspectBody, startTestGateway, type TestGateway } from '../../desktop/src/gateway/testing/test-gateway';
import { HANG_GUARD } from '../support/hang-guard';
import { enrollThroughUi, holdPolicyYaml, orgGatewayOptions, pushPolicy, settledApproval } from './org-steps';

/** Three processes' worth of parts: the IdP, the server (its own process), the gateway. */
describe('org flow: OIDC admin pushes a policy, a held prompt is approved by another person and goes out', () => {
  let idp: TestIdp;
  let server: ServerProcess;
  let gw: TestGateway;
  let serverDir: string;

  beforeAll(async () => {
    idp = await startTestIdp();
    serverDir = await mkdtemp(join(tmpdir(), 'pg-server-'));
    server = await startServerProcess(['--port', '0', '--data-dir', serverDir, '--oidc-issuer', idp.issuer, '--oidc-audience', SERVER_AUDIENCE]);
    gw = await startTestGateway(orgGatewayOptions());
  });

  afterAll(async () => {
    await gw?.stop();
    await server?.stop();
    await idp?.stop();
    await rm(serverDir, { recursive: true, force: true });
  });

  it('refuses admin calls without a valid IdP token, or without the admin group', async () => {
    expect((await adminCall(server.url, 'not-a-jwt', 'GET', '/admin/policy')).status).toBe(401);
    const approverOnly = await idp.token('approver-bob');
    expect((await adminCall(server.url, approverOnly, 'GET', '/admin/policy')).status).toBe(403);
    expect((await adminCall(server.url, await idp.token('nobody-cli'), 'GET', '/admin/approvals')).status).toBe(403);
    const me = await adminCall<{ name: string; roles: string[] }>(server.url, await idp.token('admin-cli'), 'GET', '/admin/me');
    expect(me.body).toMatchObject({ name: 'admin-cli', roles: ['admin'] });
  });

  it('enrolls through the settings page API and takes the default policy as org version 1', async () => {
    const admin = await idp.token('admin-cli');
    const status = await enrollThroughUi(gw, server.url, admin, 'alice@example.com', ['eng']);
    expect(status).toMatchObject({ enrolled: true, server: server.url, user: 'alice@example.com', groups: ['eng'], policy: { source: 'org', version: 1 } });
    const shown = await gw.call('GET', '/ui/api/org', { token: null, cookie: await gw.uiCookie() });
    expect(shown.body).toMatchObject({ enrolled: true, policy: { source: 'org', version: 1, lastCheckOk: true }, warnings: [] });
  });

  it('holds a prompt naming the project; the requester cannot approve it; another approver can, and the waiting request gets it', async () => {
    const admin = await idp.token('admin-cli');
    const version = await pushPolicy(server.url, admin, holdPolicyYaml(), 'hold Project Falcon for review');
    await gw.gateway.org.pullPolicy();
    expect(gw.gateway.services.policy.active).toMatchObject({ source: 'org', policy: { version } });

    const inspected = await gw.call<{ verdict: string; approvalId: string; segments: unknown[] }>('POST', '/api/inspect', {
      body: inspectBody('When does Project Falcon launch?'),
    });
    expect(inspected.body.verdict).toBe('hold');
    expect(inspected.body.segments).toEqual([]);
    const localId = inspected.body.approvalId;

    // The person at the machine cannot decide it locally: the org's approvers do.
    const local = await gw.call('POST', `/ui/api/approvals/${localId}/decision`, { token: null, cookie: await gw.uiCookie(), body: { decision: 'approve', reason: 'mine' } });
    expect(local.status).toBe(409);

    const queued = await vi.waitFor(async () => {
      const list = await adminCall<{ approvals: Array<{ id: string; localId: string; user: string; maskedSegments: Array<{ text: string }> }> }>(
        server.url,
        admin,
        'GET',
        '/admin/approvals?status=pending',
      );
      const held = list.body.approvals.find((a) => a.localId === localId);
      expect(held, 'the hold to reach the org queue').toBeDefined();
      return held!;
    }, HANG_GUARD);
    expect(queued.user).toBe('alice@example.com');
    expect(queued.maskedSegments[0]!.text).not.toContain('Project Falcon');

    // Alice is an approver, but not of her own prompt.
    const self = await adminCall(server.url, await idp.token('alice@example.com'), 'POST', `/admin/approvals/${queued.id}/decision`, { decision: 'approve', reason: 'my own' });
    expect(self).toMatchObject({ status: 403, body: { error: { code: 'self_approval' } } });

    // The extension's long-poll is parked before the org decides: the org's decision itself must wake it.
    const parked = vi.spyOn(gw.gateway.services.approvals, 'waitForChange');
    const waiting = gw.call<{ status: string; decidedBy: string; reason: string; segments: Array<{ text: string }> }>('GET', `/api/approvals/${localId}?wait=30`);
    await vi.waitFor(() => expect(parked).toHaveBeenCalledWith(localId, 30_000, expect.anything()), { timeout: 60_000 });
    const decided = await adminCall(server.url, await idp.token('approver-bob'), 'POST', `/admin/approvals/${queued.id}/decision`, {
      decision: 'approve',
      reason: 'launch date is public',
    });
    expect(decided.status).toBe(200);
    const state = await waiting;
    parked.mockRestore();
    expect(state.body).toMatchObject({ status: 'approved', decidedBy: 'approver-bob (org)', reason: 'launch date is public' });
    expect(state.body.segments[0]!.text).toBe('When does Project Falcon launch?');
  });

  it('ships the masked events, approval included, and admins find them by search and export', async () => {
    const admin = await idp.token('admin-cli');
    await gw.gateway.org.flushAudit();
    const found = await vi.waitFor(async () => {
      const search = await adminCall<{ events: Array<{ kind: string; verdict: string; user: string; maskedText: string }> }>(
        server.url,
        admin,
        'GET',
        '/admin/audit?user=alice%40example.com',
      );
      expect(search.body.events.length, 'audit events').toBeGreaterThanOrEqual(2);
      return search.body.events;
    }, HANG_GUARD);
    expect(found.map((e) => e.kind).sort()).toEqual(['approval', 'inspect']);
    expect(found.every((e) => !e.maskedText.includes('Project Falcon'))).toBe(true);
    const exported = await fetch(`${server.url}/admin/audit/export`, { headers: { authorization: `Bearer ${admin}` } });
    const lines = (await exported.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string });
    expect(lines).toHaveLength(2);
  });

  it('denies, and a hold nobody decides expires as denied', async () => {
    const admin = await idp.token('admin-cli');
    await pushPolicy(server.url, admin, holdPolicyYaml('Project Falcon', 1), 'one-second holds');
    await gw.gateway.org.pullPolicy();
    const inspected = await gw.call<{ approvalId: string }>('POST', '/api/inspect', { body: inspectBody('Project Falcon budget', { conversationId: 'c2' }) });
    expect(await settledApproval(gw, inspected.body.approvalId)).toMatchObject({ status: 'expired' });
    const serverSide = await vi.waitFor(async () => {
      const list = await adminCall<{ approvals: Array<{ localId: string; status: string }> }>(server.url, admin, 'GET', '/admin/approvals');
      const expired = list.body.approvals.find((a) => a.localId === inspected.body.approvalId && a.status === 'expired');
      expect(expired, 'the server to expire the hold').toBeDefined();
      return expired!;
    }, HANG_GUARD);
    expect(serverSide.status).toBe('expired');
  });
});
