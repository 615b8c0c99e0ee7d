import { describe, expect, it } from 'vitest';
import type { Db } from '../db/open-db';
import { testDb } from '../testing/memory-db';
import { DeviceStore } from './device-store';

/** Rows this connection has inserted, updated or deleted since it opened. */
const writes = (db: Db) => (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

describe('last seen (frozen clock)', () => {
  it('a device credential check writes nothing, yet the device list shows when it was seen; a flush stores it', () => {
    const { db, clock } = testDb();
    const devices = new DeviceStore(db, clock.now);
    const { device, token } = devices.redeem(devices.createCode({ user: 'h@example.com', groups: [], createdBy: 'admin', ttlMs: 60_000 }).code, 'h-laptop');
    expect(devices.list()[0]?.lastSeenAt).toBeNull();

    clock.advance(5_000);
    const before = writes(db);
    for (let poll = 0; poll < 3; poll++) expect(devices.verify(token)?.id).toBe(device.id);
    expect(writes(db)).toBe(before);
    expect(devices.list()[0]?.lastSeenAt).toBe(clock.now());

    expect(devices.flushLastSeen()).toBe(1);
    expect(writes(db)).toBe(before + 1);
    expect(new DeviceStore(db, clock.now).list()[0]?.lastSeenAt).toBe(clock.now());
    expect(devices.flushLastSeen()).toBe(0);
  });

  it('one flush writes every device seen since the last one, in one transaction', () => {
    const { db, clock } = testDb();
    const devices = new DeviceStore(db, clock.now);
    const tokens = ['a', 'b', 'c'].map((user) => devices.redeem(devices.createCode({ user, groups: [], createdBy: 'admin', ttlMs: 60_000 }).code, `${user}-laptop`).token);
    clock.advance(1_000);
    for (const token of tokens) devices.verify(token);
    expect(devices.flushLastSeen()).toBe(3);
    const stored = db.prepare('SELECT last_seen_at AS at FROM devices').all() as Array<{ at: number }>;
    expect(stored.map((row) => row.at)).toEqual([clock.now(), clock.now(), clock.now()]);
  });

  it('a stored time never goes backwards when an older one is flushed after a newer one', () => {
    const { db, clock } = testDb();
    const early = new DeviceStore(db, clock.now);
    const { token } = early.redeem(early.createCode({ user: 'i', groups: [], createdBy: 'admin', ttlMs: 60_000 }).code, 'i-laptop');
    early.verify(token);
    const seenEarly = clock.now();
    clock.advance(10_000);
    const late = new DeviceStore(db, clock.now);
    late.verify(token);
    late.flushLastSeen();
    early.flushLastSeen();
    expect(new DeviceStore(db, clock.now).list()[0]?.lastSeenAt).toBe(seenEarly + 10_000);
  });
});
