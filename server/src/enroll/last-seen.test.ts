import { afterEach, describe, expect, it } from 'vitest';
import { LocalChangeBus } from '../db/change-bus';
import type { SqlDatabase } from '../db/sql';
import { ENGINES } from '../testing/engines';
import { testDb } from '../testing/memory-db';
import { hashToken } from '../auth/token-hash';
import { DeviceStore } from './device-store';

let open: SqlDatabase[] = [];
afterEach(async () => {
  await Promise.all(open.map((db) => db.close()));
  open = [];
});

async function setup(engine: (typeof ENGINES)[number]) {
  const { db, clock } = await testDb(engine);
  open.push(db);
  const bus = new LocalChangeBus();
  const store = () => new DeviceStore(db, bus, clock.now);
  const enroll = async (devices: DeviceStore, user: string) =>
    devices.redeem((await devices.createCode({ user, groups: [], createdBy: 'admin', ttlMs: 60_000 })).code, `${user}-laptop`);
  return { db, clock, store, enroll };
}

const storedTimes = async (db: SqlDatabase) => (await db.all<{ at: number | null }>('SELECT last_seen_at AS at FROM devices ORDER BY id')).map((row) => row.at);

describe.each(ENGINES)('last seen on %s (frozen clock)', (engine) => {
  it('a device credential check writes nothing, yet the device list shows when it was seen; a flush stores it', async () => {
    const { db, clock, store, enroll } = await setup(engine);
    const devices = store();
    const { device, token } = await enroll(devices, 'h@example.com');
    expect((await devices.list())[0]?.lastSeenAt).toBeNull();

    clock.advance(5_000);
    for (let poll = 0; poll < 3; poll++) expect((await devices.verify(token))?.id).toBe(device.id);
    expect(await storedTimes(db)).toEqual([null]);
    expect((await devices.list())[0]?.lastSeenAt).toBe(clock.now());

    expect(await devices.flushLastSeen()).toBe(1);
    expect(await storedTimes(db)).toEqual([clock.now()]);
    expect((await store().list())[0]?.lastSeenAt).toBe(clock.now());
    expect(await devices.flushLastSeen()).toBe(0);
  });

  it('one flush writes every device seen since the last one', async () => {
    const { db, clock, store, enroll } = await setup(engine);
    const devices = store();
    const tokens = await Promise.all(['a', 'b', 'c'].map(async (user) => (await enroll(devices, user)).token));
    clock.advance(1_000);
    for (const token of tokens) await devices.verify(token);
    expect(await devices.flushLastSeen()).toBe(3);
    expect(await storedTimes(db)).toEqual([clock.now(), clock.now(), clock.now()]);
  });

  it('a flush larger than one statement writes every device', async () => {
    const { db, clock, store } = await setup(engine);
    const devices = store();
    // Inserted directly: 600 enrollments would only make the test slow.
    const tokens = Array.from({ length: 600 }, (_, i) => `pgsd_device-${i}`);
    await db.transaction(async (tx) => {
      for (const [i, token] of tokens.entries()) {
        await tx.run('INSERT INTO devices (id, token_hash, name, "user", groups_json, enrolled_at) VALUES (?, ?, ?, ?, ?, ?)', [`d${i}`, hashToken(token), `d${i}`, 'u', '[]', 0]);
      }
    });
    clock.advance(1_000);
    for (const token of tokens) await devices.verify(token);
    expect(await devices.flushLastSeen()).toBe(600);
    expect(new Set(await storedTimes(db))).toEqual(new Set([clock.now()]));
  });

  it('a stored time never goes backwards when an older one is flushed after a newer one', async () => {
    const { clock, store, enroll } = await setup(engine);
    const early = store();
    const { token } = await enroll(early, 'i');
    await early.verify(token);
    const seenEarly = clock.now();
    clock.advance(10_000);
    const late = store();
    await late.verify(token);
    await late.flushLastSeen();
    await early.flushLastSeen();
    expect((await store().list())[0]?.lastSeenAt).toBe(seenEarly + 10_000);
  });
});
