import { afterEach, describe, expect, it } from 'vitest';
import { createTestPostgresDatabase } from '../testing/engines';
import { changeBusFor, type ChangeBus } from './change-bus';
import { openDatabase, openSqlite } from './open-database';
import type { SqlDatabase } from './sql';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function replica(url: string): Promise<{ db: SqlDatabase; bus: ChangeBus }> {
  const db = await openDatabase({ dataDir: '', url });
  const bus = await changeBusFor(db);
  closers.push(
    () => db.close(),
    () => bus.close(),
  );
  return { db, bus };
}

function next(bus: ChangeBus, topic: 'policy' | 'approvals'): Promise<string> {
  return new Promise((resolve) => {
    const off = bus.subscribe(topic, (detail) => {
      off();
      resolve(detail);
    });
  });
}

describe('the change bus', () => {
  it('on SQLite tells this process of a change', async () => {
    const db = openSqlite(mkdtempSync(join(tmpdir(), 'pg-bus-')));
    closers.push(() => db.close());
    const bus = await changeBusFor(db);
    const heard = next(bus, 'policy');
    await bus.publish('policy', '7');
    expect(await heard).toBe('7');
  });

  it('on PostgreSQL tells another server process, and only once its transaction commits', async () => {
    const url = await createTestPostgresDatabase();
    const a = await replica(url);
    const b = await replica(url);
    const heard: string[] = [];
    b.bus.subscribe('approvals', (detail) => heard.push(detail));

    const inTransaction = next(b.bus, 'approvals');
    let sentBeforeCommit: string[] = [];
    await a.db.transaction(async (tx) => {
      await a.bus.publish('approvals', 'decided-1', tx);
      await tx.run('SELECT pg_sleep(0.05)');
      sentBeforeCommit = [...heard];
    });
    expect(sentBeforeCommit).toEqual([]);
    expect(await inTransaction).toBe('decided-1');

    await expect(
      a.db.transaction(async (tx) => {
        await a.bus.publish('approvals', 'rolled-back', tx);
        throw new Error('abandoned');
      }),
    ).rejects.toThrow('abandoned');
    const after = next(b.bus, 'approvals');
    await a.bus.publish('approvals', 'decided-2');
    expect(await after).toBe('decided-2');
    expect(heard).toEqual(['decided-1', 'decided-2']);
  });

  it('listens again after its connection is cut, and asks everyone to reload what they cached', async () => {
    const url = await createTestPostgresDatabase();
    const a = await replica(url);
    const b = await replica(url);
    const resynced = new Promise<void>((resolve) => b.bus.onResync(resolve));
    // The listening connection is killed from the server side, as a database restart or a network cut would.
    await a.db.run("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'");
    await resynced;
    const heard = next(b.bus, 'policy');
    await a.bus.publish('policy', '8');
    expect(await heard).toBe('8');
  });
});
