import type pg from 'pg';
import type { PostgresDatabase } from './postgres-database';
import type { SqlDatabase } from './sql';

export interface SingletonOptions {
  /** How often a replica without the lock tries to take it, and the holder checks its connection; default 2000. */
  retryMs?: number;
  onError?: (error: unknown, where: string) => void;
}

/** What a singleton's `start` returns: stops the work (the lock was lost or the server is closing). */
type Stop = () => void;

export interface Singleton {
  /** Stops trying, and stops the job where this process runs it. */
  stop: () => Promise<void>;
  /**
   * Settles once the first attempt to take the lock is over: the job runs here by then if the lock was free. A server
   * waits for it before it takes requests, so a lone replica's webhook hears of the very first hold.
   */
  firstTry: Promise<void>;
}

/**
 * Runs a job that must run on one server process at a time (the SIEM forwarder, the approval webhook, the expiry
 * sweeper). On SQLite, where one process owns the database, it simply runs. On PostgreSQL the replica that holds a
 * session advisory lock runs it: the lock is held by one connection of its own, so when that replica dies (or its
 * connection does) PostgreSQL releases the lock and another replica takes over within `retryMs`. A holder checks its
 * connection as often and stops the job as soon as it finds it broken.
 */
export function runAsSingleton(db: SqlDatabase, name: string, start: () => Stop, options: SingletonOptions = {}): Singleton {
  if (db.engine !== 'postgres') {
    const stop = start();
    return { stop: async () => stop(), firstTry: Promise.resolve() };
  }
  const postgres = db as PostgresDatabase;
  const retryMs = options.retryMs ?? 2000;
  const onError = options.onError ?? (() => undefined);
  let closed = false;
  let client: pg.Client | undefined;
  let stopJob: Stop | undefined;
  let timer: NodeJS.Timeout | undefined;

  const release = () => {
    if (stopJob) {
      const stop = stopJob;
      stopJob = undefined;
      stop();
    }
    const old = client;
    client = undefined;
    void old?.end().catch(() => undefined);
  };

  const tick = async () => {
    try {
      if (!client) {
        const next = postgres.newClient();
        // A connection error surfaces on the next query below; without a listener it would crash the process.
        next.on('error', () => undefined);
        await next.connect();
        client = next;
      }
      if (stopJob) {
        await client.query('SELECT 1');
        return;
      }
      const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [`promptgate:${name}`]);
      // Stopped while this try was under way: its connection (and the lock it may have just taken) goes too,
      // or the lock would stay held by nobody running the job until the process exits.
      if (closed) release();
      else if (rows[0]?.locked) stopJob = start();
    } catch (error) {
      // A stop ends the connection under a try still running: that is no failure to report.
      if (!closed) onError(error, `${name} (singleton lock)`);
      release();
    }
  };

  const loop = async () => {
    await tick();
    if (!closed) {
      timer = setTimeout(() => void loop(), retryMs);
      timer.unref();
    }
  };
  // `tick` reports its own failures and never rejects.
  const firstTry = loop();
  return {
    firstTry,
    stop: async () => {
      closed = true;
      if (timer) clearTimeout(timer);
      release();
    },
  };
}
