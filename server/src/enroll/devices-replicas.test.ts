import { afterEach, describe, expect, it } from 'vitest';
import { changeBusFor, type ChangeBus } from '../db/change-bus';
import { openDatabase } from '../db/open-database';
import type { SqlDatabase } from '../db/sql';
import { createTestPostgresDatabase } from '../testing/engines';
import { DeviceStore } from './device-store';

let closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.reverse()) await close();
  closers = [];
});

/** One replica: its own connections and its own listening bus on the shared database. */
async function replica(url: string): Promise<{ db: SqlDatabase; bus: ChangeBus; devices: DeviceStore }> {
  const db = await openDatabase({ dataDir: '', url });
  const bus = await changeBusFor(db);
  closers.push(
    () => db.close(),
    () => bus.close(),
  );
  return { db, bus, devices: new DeviceStore(db, bus) };
}

describe('device credentials with two replicas on PostgreSQL', () => {
  it('a device revoked on A is refused by B as soon as the notification arrives, though B had it cached', async () => {
    const url = await createTestPostgresDatabase();
    const a = await replica(url);
    const b = await replica(url);
    const { code } = await a.devices.createCode({ user: 'kim@example.com', groups: ['eng'], createdBy: 'admin', ttlMs: 60_000 });
    const { device, token } = await a.devices.redeem(code, 'kim-laptop');
    expect((await b.devices.verify(token))?.id).toBe(device.id);
    // B's cache answers now: the row changed behind its back is not seen (this is what the notification is for).
    await a.db.run('UPDATE devices SET name = ? WHERE id = ?', ['renamed', device.id]);
    expect((await b.devices.verify(token))?.name).toBe('kim-laptop');

    const heard = new Promise<string>((resolve) => b.bus.subscribe('devices', resolve));
    expect(await a.devices.revoke(device.id)).toBe(true);
    expect(await heard).toBe(device.id);
    expect(await b.devices.verify(token)).toBeUndefined();
    expect(await a.devices.verify(token)).toBeUndefined();
  });

  it('last-seen times flushed by both replicas keep the later one', async () => {
    const url = await createTestPostgresDatabase();
    let t = Date.UTC(2026, 0, 15, 9);
    const a = await replica(url);
    const b = await replica(url);
    const later = new DeviceStore(b.db, b.bus, () => t);
    const earlier = new DeviceStore(a.db, a.bus, () => t);
    const { token, device } = await earlier.redeem((await earlier.createCode({ user: 'lee', groups: [], createdBy: 'admin', ttlMs: 60_000 })).code, 'lee-laptop');
    await earlier.verify(token);
    t += 10_000;
    await later.verify(token);
    await later.flushLastSeen();
    await earlier.flushLastSeen();
    expect((await a.devices.get(device.id))?.lastSeenAt).toBe(t);
  });
});
