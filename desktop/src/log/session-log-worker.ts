// The session log's store thread: journaled events go into the database here, on a connection of its own,
// so the chain, the inserts and the full-text index cost the thread that answers requests nothing.
import { setPriority } from 'node:os';
import { workerData } from 'node:worker_threads';
import { Appender } from './append';
import type { PreparedEvent } from './event-input';
import { LogHealth } from './faults';
import { IndexTimer } from './index-timer';
import { hasFullTextIndex } from './schema';
import { openSqlite } from './sqlite';
import { threadError, type FromStoreThread, type StoreThreadData, type ToStoreThread } from './store-thread-protocol';

/** Events per transaction: a long one would hold the write lock that the log's own appends wait for. */
const BATCH_EVENTS = 64;

/**
 * On Linux a nice value belongs to one thread: this one yields its core to the threads that answer requests
 * (the gateway's, the client's, the provider's) instead of taking it from them when it wakes. Elsewhere the
 * call would lower the whole gateway, so it is not made. The journal bounds how far storing can fall behind.
 */
const STORE_THREAD_NICE = 10;
if (process.platform === 'linux') setPriority(0, STORE_THREAD_NICE);

const data = workerData as StoreThreadData;
const port = data.port;
const drained = new Int32Array(data.drained);
const post = (message: FromStoreThread) => port.postMessage(message);

const db = openSqlite(data.file, { synchronous: 'NORMAL' });
// The log's checkpointer folds the WAL in, off every thread that writes.
db.pragma('wal_autocheckpoint = 0');
for (const pragma of data.pragmas) db.pragma(pragma);
const appender = new Appender(db);
const health = new LogHealth((error, where) => post({ type: 'report', where, error: threadError(error) }));
const index = hasFullTextIndex(db) ? new IndexTimer(db, health) : undefined;

let waiting: Array<{ generation: number; event: PreparedEvent }> = [];
/** Events of this generation or older are handed back unstored: one before them was refused. */
let refusedGeneration = -1;
let scheduled = false;

function storeWaiting(): void {
  scheduled = false;
  while (waiting.length > 0) {
    const batch = waiting.slice(0, BATCH_EVENTS);
    try {
      post({ type: 'stored', stored: appender.appendAll(batch.map((item) => item.event)) });
      waiting = waiting.slice(batch.length);
    } catch (error) {
      // The log stores these itself, in order, and reports what is wrong with them or with the database.
      refusedGeneration = Math.max(...waiting.map((item) => item.generation));
      post({ type: 'refused', ids: waiting.map((item) => item.event.id), error: threadError(error) });
      waiting = [];
      return;
    }
  }
  index?.schedule();
}

function finished(n: number): void {
  Atomics.store(drained, 0, n);
  Atomics.notify(drained, 0);
}

port.on('message', (message: ToStoreThread) => {
  switch (message.type) {
    case 'store':
      if (message.generation <= refusedGeneration) {
        post({ type: 'refused', ids: message.events.map((event) => event.id), error: { name: 'Error', message: 'an earlier event was refused', code: undefined } });
        return;
      }
      for (const event of message.events) waiting.push({ generation: message.generation, event });
      // Events handed over in one turn of the log's thread go in as one transaction.
      if (!scheduled) {
        scheduled = true;
        setImmediate(storeWaiting);
      }
      return;
    case 'drain':
      storeWaiting();
      finished(message.n);
      return;
    case 'index':
      index?.schedule();
      return;
    case 'pragma':
      db.pragma(message.pragma);
      return;
    case 'close':
      storeWaiting();
      index?.stop();
      db.close();
      port.close();
      finished(message.n);
      return;
  }
});
