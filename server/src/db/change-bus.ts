import type pg from 'pg';
import type { PostgresDatabase } from './postgres-database';
import type { SqlDatabase, SqlExecutor } from './sql';

/** What can change on one replica and must be seen by every other at once. */
export type ChangeTopic = 'policy' | 'keys' | 'approvals' | 'audit' | 'devices';
const TOPICS: readonly ChangeTopic[] = ['policy', 'keys', 'approvals', 'audit', 'devices'];

type Listener = (detail: string) => void;

/**
 * Tells every server process on the same database that something changed, so caches are dropped, long-polls
 * wake and streams update at once wherever the change was made. On SQLite (one process) this is in memory; on
 * PostgreSQL it is `NOTIFY`, which a transaction delivers only when it commits.
 */
export interface ChangeBus {
  /** `detail` is short (an id), never a secret; sent with `tx` when given, when it commits. */
  publish(topic: ChangeTopic, detail?: string, tx?: SqlExecutor): Promise<void>;
  subscribe(topic: ChangeTopic, listener: Listener): () => void;
  /**
   * Called after notifications may have been missed (the listening connection dropped and came back): whoever
   * caches anything must drop all of it.
   */
  onResync(listener: () => void): () => void;
  close(): Promise<void>;
}

/** Longest wait between attempts to listen again after the connection dropped. */
const MAX_RECONNECT_MS = 5000;

export function changeBusFor(db: SqlDatabase, onError: (error: unknown) => void = () => undefined): Promise<ChangeBus> {
  return db.engine === 'postgres' ? postgresChangeBus(db as PostgresDatabase, onError) : Promise.resolve(new LocalChangeBus());
}

class Listeners {
  readonly #byTopic = new Map<ChangeTopic, Set<Listener>>();
  readonly #resync = new Set<() => void>();

  subscribe(topic: ChangeTopic, listener: Listener): () => void {
    const set = this.#byTopic.get(topic) ?? new Set();
    this.#byTopic.set(topic, set);
    set.add(listener);
    return () => set.delete(listener);
  }

  onResync(listener: () => void): () => void {
    this.#resync.add(listener);
    return () => this.#resync.delete(listener);
  }

  emit(topic: ChangeTopic, detail: string): void {
    for (const listener of [...(this.#byTopic.get(topic) ?? [])]) listener(detail);
  }

  resync(): void {
    for (const listener of [...this.#resync]) listener();
  }
}

export class LocalChangeBus implements ChangeBus {
  readonly #listeners = new Listeners();

  async publish(topic: ChangeTopic, detail = ''): Promise<void> {
    this.#listeners.emit(topic, detail);
  }

  subscribe(topic: ChangeTopic, listener: Listener): () => void {
    return this.#listeners.subscribe(topic, listener);
  }

  onResync(listener: () => void): () => void {
    return this.#listeners.onResync(listener);
  }

  async close(): Promise<void> {}
}

const channelOf = (topic: ChangeTopic) => `promptgate_${topic}`;

async function postgresChangeBus(db: PostgresDatabase, onError: (error: unknown) => void): Promise<ChangeBus> {
  const listeners = new Listeners();
  let client: pg.Client | undefined;
  let closed = false;
  let retryMs = 100;
  let retryTimer: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const next = db.newClient();
    next.on('notification', (message) => {
      const topic = TOPICS.find((t) => channelOf(t) === message.channel);
      if (topic) listeners.emit(topic, message.payload ?? '');
    });
    next.on('error', (error) => {
      onError(error);
      void next.end().catch(() => undefined);
    });
    next.on('end', () => {
      if (client !== next || closed) return;
      client = undefined;
      scheduleReconnect();
    });
    await next.connect();
    for (const topic of TOPICS) await next.query(`LISTEN ${channelOf(topic)}`);
    client = next;
  };

  const scheduleReconnect = () => {
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      connect().then(
        () => {
          retryMs = 100;
          // Whatever was notified while nobody listened is lost: everything cached is read again.
          listeners.resync();
        },
        (error: unknown) => {
          onError(error);
          retryMs = Math.min(retryMs * 2, MAX_RECONNECT_MS);
          if (!closed) scheduleReconnect();
        },
      );
    }, retryMs);
    retryTimer.unref();
  };

  await connect();
  return {
    async publish(topic, detail = '', tx) {
      await (tx ?? db).run('SELECT pg_notify(?, ?)', [channelOf(topic), detail]);
    },
    subscribe: (topic, listener) => listeners.subscribe(topic, listener),
    onResync: (listener) => listeners.onResync(listener),
    async close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      await client?.end().catch(() => undefined);
    },
  };
}
