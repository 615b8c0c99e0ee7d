import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './start';
import { createTestPostgresDatabase } from './testing/engines';

let cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

/** Two servers on one PostgreSQL database, as two replicas behind a load balancer (the same master key, as deployed). */
async function twoServers(): Promise<[RunningServer, RunningServer]> {
  const databaseUrl = await createTestPostgresDatabase();
  const masterKey = { value: randomBytes(32).toString('base64') };
  const start = async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'pg-server-replica-'));
    // A clock that never moves: B's cached credential never expires by age, so only the notification can end it.
    const server = await startServer({ port: 0, dataDir, databaseUrl, masterKey, now: () => Date.UTC(2026, 0, 15, 9), onError: () => undefined });
    cleanups.push(async () => {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    });
    return server;
  };
  const a = await start();
  return [a, await start()];
}

const poll = (server: RunningServer, token: string) =>
  fetch(`${server.url}/v1/policy`, { headers: { authorization: `Bearer ${token}` } }).then(async (response) => (await response.text(), response.status));

describe('devices with two server replicas on PostgreSQL', () => {
  it('a device enrolled on A polls B; revoked on A, B shuts it out too, and A lists when B saw it', async () => {
    const [a, b] = await twoServers();
    const admin = a.firstAdminToken!;
    expect(b.firstAdminToken).toBeUndefined();
    const code = await (
      await fetch(`${b.url}/admin/enrollment-codes`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
        body: '{"user":"ann@example.com"}',
      })
    ).json();
    const enrolled = (await (
      await fetch(`${a.url}/v1/enroll`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: (code as { code: string }).code, deviceName: 'ann-laptop' }),
      })
    ).json()) as { token: string; device: { id: string } };
    // B now knows the credential (and keeps it in memory for the next polls).
    expect(await poll(b, enrolled.token)).toBe(200);
    expect(await poll(b, enrolled.token)).toBe(200);
    await b.services.devices.flushLastSeen();
    expect((await a.services.devices.get(enrolled.device.id))?.lastSeenAt).toEqual(expect.any(Number));

    const revoked = await fetch(`${a.url}/admin/devices/${enrolled.device.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${admin}` } });
    expect(revoked.status).toBe(200);
    expect(await poll(a, enrolled.token)).toBe(401);
    // Refused once the notification has reached B: waited for, never assumed to have arrived.
    await expect.poll(() => poll(b, enrolled.token)).toBe(401);
  });
});
