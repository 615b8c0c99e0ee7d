import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from './start';
import { COUNT_HELD_ADVISORY_LOCKS } from './testing/advisory-locks';
import { testDatabaseOptions } from './testing/test-server';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A data directory, a fresh PostgreSQL database, and a connection to that database to look at its locks. */
async function setup() {
  const dataDir = await mkdtemp(join(tmpdir(), 'pg-server-jobs-'));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  const { databaseUrl } = await testDatabaseOptions('postgres');
  const probe = new pg.Client({ connectionString: databaseUrl });
  await probe.connect();
  cleanups.push(() => probe.end());
  const advisoryLocks = async () => Number((await probe.query<{ n: string }>(COUNT_HELD_ADVISORY_LOCKS)).rows[0]!.n);
  return { dataDir, databaseUrl: databaseUrl!, advisoryLocks };
}

const jobs = { webhookUrl: 'http://127.0.0.1:9/hook', siem: { url: 'http://127.0.0.1:9/siem' }, onError: () => undefined };

describe('the org server on PostgreSQL: its singleton jobs at start', () => {
  it('holds the lock of each singleton (webhook, SIEM forwarder, hold expiry) by the time it takes requests', async () => {
    const { dataDir, databaseUrl, advisoryLocks } = await setup();
    const server = await startServer({ port: 0, dataDir, databaseUrl, ...jobs });
    cleanups.push(() => server.close());
    // Read at once, not polled: a lone replica's webhook must hear of the very first hold.
    expect(await advisoryLocks()).toBe(3);
  });

  it('keeps nothing running when its port is taken: the start fails and every lock is let go', async () => {
    const { dataDir, databaseUrl, advisoryLocks } = await setup();
    const taken = createServer();
    taken.listen(0, '127.0.0.1');
    await once(taken, 'listening');
    cleanups.push(() => new Promise((resolve) => taken.close(() => resolve())));
    const port = (taken.address() as { port: number }).port;
    await expect(startServer({ port, dataDir, databaseUrl, ...jobs })).rejects.toThrow(/EADDRINUSE/);
    // A lock's connection ends as the start gives up; PostgreSQL frees the lock when it sees that.
    await expect.poll(advisoryLocks).toBe(0);
  });
});
