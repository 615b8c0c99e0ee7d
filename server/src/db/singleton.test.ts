import { afterEach, describe, expect, it } from 'vitest';
import { COUNT_HELD_ADVISORY_LOCKS, END_ADVISORY_LOCK_HOLDERS } from '../testing/advisory-locks';
import { createTestPostgresDatabase } from '../testing/engines';
import { openDatabase } from './open-database';
import { runAsSingleton } from './singleton';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

describe('runAsSingleton on PostgreSQL', () => {
  it('runs the job on one replica, and on another when the holder dies', async () => {
    const url = await createTestPostgresDatabase();
    const running = new Set<string>();
    const everRunning: string[] = [];
    const start = (name: string) => async () => {
      const db = await openDatabase({ dataDir: '', url });
      const singleton = runAsSingleton(
        db,
        'forwarder',
        () => {
          running.add(name);
          everRunning.push(name);
          return () => running.delete(name);
        },
        { retryMs: 50 },
      );
      closers.push(() => db.close());
      return singleton;
    };
    const a = await start('a')();
    // The first try is over when it settles: the lock was free, so the job runs already.
    await a.firstTry;
    expect([...running]).toEqual(['a']);
    const b = await start('b')();
    closers.push(b.stop);
    await b.firstTry;
    // B keeps trying while A holds the lock, and never starts the job meanwhile.
    const probe = await openDatabase({ dataDir: '', url });
    closers.push(() => probe.close());
    await expect.poll(async () => (await probe.get<{ n: number }>(COUNT_HELD_ADVISORY_LOCKS))?.n).toBe(1);
    expect([...running]).toEqual(['a']);

    // A's lock connection dies, as when its process is killed: B takes over.
    await probe.run(END_ADVISORY_LOCK_HOLDERS);
    await expect.poll(() => running.has('b')).toBe(true);
    await expect.poll(() => running.has('a')).toBe(false);
    await a.stop();
    expect(everRunning).toEqual(['a', 'b']);
  });

  it('lets the lock go when stopped while its first try is under way, and never starts the job', async () => {
    const url = await createTestPostgresDatabase();
    const db = await openDatabase({ dataDir: '', url });
    closers.push(() => db.close());
    let started = 0;
    const singleton = runAsSingleton(db, 'forwarder', () => {
      started++;
      return () => undefined;
    });
    // Stopped before the lock's connection is even open.
    await singleton.stop();
    await singleton.firstTry;
    expect(started).toBe(0);
    const probe = await openDatabase({ dataDir: '', url });
    closers.push(() => probe.close());
    await expect.poll(async () => (await probe.get<{ n: number }>(COUNT_HELD_ADVISORY_LOCKS))?.n).toBe(0);
  });
});
