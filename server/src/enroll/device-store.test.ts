import { afterEach, describe, expect, it } from 'vitest';
import { LocalChangeBus } from '../db/change-bus';
import type { SqlDatabase } from '../db/sql';
import { ENGINES } from '../testing/engines';
import { testDb } from '../testing/memory-db';
import { DEVICE_CACHE_TTL_MS } from './device-cache';
import { DeviceStore } from './device-store';
import { EnrollmentRefusedError } from './errors';

let open: SqlDatabase[] = [];
afterEach(async () => {
  await Promise.all(open.map((db) => db.close()));
  open = [];
});

async function store(engine: (typeof ENGINES)[number]) {
  const { db, clock } = await testDb(engine);
  open.push(db);
  return { db, clock, devices: new DeviceStore(db, new LocalChangeBus(), clock.now) };
}

const enroll = async (devices: DeviceStore, user: string, ttlMs = 60_000) =>
  devices.redeem((await devices.createCode({ user, groups: [], createdBy: 'admin', ttlMs })).code, `${user}-laptop`);

describe.each(ENGINES)('DeviceStore on %s (frozen clock)', (engine) => {
  it('a code works once, typed in any case or spacing, and yields a credential with the user and groups', async () => {
    const { devices } = await store(engine);
    const { code } = await devices.createCode({ user: 'frank@example.com', groups: ['eng'], createdBy: 'admin', ttlMs: 60_000 });
    const { device, token } = await devices.redeem(` ${code.toLowerCase().replace(/-/g, ' ')} `, 'frank-laptop');
    expect(device).toMatchObject({ user: 'frank@example.com', groups: ['eng'], name: 'frank-laptop' });
    expect((await devices.verify(token))?.id).toBe(device.id);
    await expect(devices.redeem(code, 'again')).rejects.toThrow(EnrollmentRefusedError);
    expect(await devices.list()).toHaveLength(1);
  });

  it('an expired code is refused; a revoked device credential stops working, and revoking twice says so', async () => {
    const { devices, clock } = await store(engine);
    const late = await devices.createCode({ user: 'g@example.com', groups: [], createdBy: 'admin', ttlMs: 1000 });
    clock.advance(1000);
    await expect(devices.redeem(late.code, 'x')).rejects.toThrow(EnrollmentRefusedError);
    const { device, token } = await enroll(devices, 'g@example.com');
    expect((await devices.verify(token))?.id).toBe(device.id);
    expect(await devices.revoke(device.id)).toBe(true);
    expect(await devices.verify(token)).toBeUndefined();
    expect(await devices.revoke(device.id)).toBe(false);
    expect(await devices.get(device.id)).toMatchObject({ name: 'g@example.com-laptop', revoked: true });
  });

  it('two redemptions of one code at once: exactly one device is enrolled', async () => {
    const { devices } = await store(engine);
    const { code } = await devices.createCode({ user: 'h@example.com', groups: [], createdBy: 'admin', ttlMs: 60_000 });
    const results = await Promise.allSettled([devices.redeem(code, 'one'), devices.redeem(code, 'two')]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')?.reason).toBeInstanceOf(EnrollmentRefusedError);
    expect(await devices.list()).toHaveLength(1);
  });

  it('pages through the devices newest first, each once, even when several enrolled in the same millisecond', async () => {
    const { devices, clock } = await store(engine);
    for (const user of ['a', 'b', 'c']) await enroll(devices, user);
    clock.advance(1);
    for (const user of ['d', 'e']) await enroll(devices, user);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = (await devices.page(2, after))!;
      seen.push(...page.map((device) => device.user));
      if (page.length < 2) break;
      after = page.at(-1)!.id;
    }
    expect(seen.slice(0, 2).sort()).toEqual(['d', 'e']);
    expect(seen.slice(2).sort()).toEqual(['a', 'b', 'c']);
    expect(await devices.page(2, 'no-such-device')).toBeUndefined();
  });

  it('a credential check is answered from memory until its entry expires; a revocation made behind its back counts after that', async () => {
    const { db, devices, clock } = await store(engine);
    const { device, token } = await enroll(devices, 'i@example.com');
    expect((await devices.verify(token))?.id).toBe(device.id);
    // Not through the store (so no notification): only the entry's age can end it.
    await db.run('UPDATE devices SET revoked_at = ? WHERE id = ?', [clock.now(), device.id]);
    clock.advance(DEVICE_CACHE_TTL_MS - 1);
    expect((await devices.verify(token))?.id).toBe(device.id);
    clock.advance(1);
    expect(await devices.verify(token)).toBeUndefined();
  });

  it('a resync of the change bus (notifications may have been missed) empties the cache', async () => {
    const { db, clock } = await testDb(engine);
    open.push(db);
    const bus = new ResyncableBus();
    const devices = new DeviceStore(db, bus, clock.now);
    const { device, token } = await enroll(devices, 'j@example.com');
    await devices.verify(token);
    await db.run('UPDATE devices SET revoked_at = ? WHERE id = ?', [clock.now(), device.id]);
    bus.resync();
    expect(await devices.verify(token)).toBeUndefined();
  });
});

/** The in-memory bus, plus a way to say "notifications were lost", as the PostgreSQL bus does after a reconnect. */
class ResyncableBus extends LocalChangeBus {
  readonly #listeners = new Set<() => void>();
  override onResync(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
  resync(): void {
    for (const listener of this.#listeners) listener();
  }
}
