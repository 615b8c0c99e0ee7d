import { onTestFinished } from 'vitest';
import { changeBusFor, type ChangeBus } from '../db/change-bus';
import { openDatabase } from '../db/open-database';
import type { SqlDatabase, SqlEngine } from '../db/sql';
import { createTestPostgresDatabase } from './engines';
import { testDb } from './memory-db';

export interface TestReplica {
  db: SqlDatabase;
  bus: ChangeBus;
}

/** A fresh database of `engine` with its change bus and a clock moved by hand; closed when the test ends. */
export async function testStores(engine: SqlEngine): Promise<TestReplica & { clock: { now: () => number; advance(ms: number): void } }> {
  const { db, clock } = await testDb(engine);
  const bus = await changeBusFor(db);
  onTestFinished(async () => {
    await bus.close();
    await db.close();
  });
  return { db, bus, clock };
}

/**
 * Two server processes' worth of connections to one new PostgreSQL database: each replica its own pool and its
 * own listening bus, as two processes behind a load balancer have. Closed when the test ends.
 */
export async function twoReplicas(): Promise<[TestReplica, TestReplica]> {
  const url = await createTestPostgresDatabase();
  const open = async (): Promise<TestReplica> => {
    const db = await openDatabase({ dataDir: '', url });
    const bus = await changeBusFor(db);
    onTestFinished(async () => {
      await bus.close();
      await db.close();
    });
    return { db, bus };
  };
  return [await open(), await open()];
}
