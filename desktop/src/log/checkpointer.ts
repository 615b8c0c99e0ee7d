import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Folds the WAL into the database file from a worker thread, so the fsyncs of a checkpoint never run on
 * the thread that answers requests. SQLite's own auto-checkpoint would run them inside whichever commit
 * crossed the threshold, which is what made the slowest inspections slow. PASSIVE checkpoints never
 * block writers; the gateway's appends go on while the worker copies pages.
 *
 * A PASSIVE checkpoint never starts the WAL over, though: SQLite rewinds it only when a writer finds every
 * frame already copied, and under steady appends a commit always lands while the worker copies. The WAL then
 * grew for as long as the load lasted (2.8 GB in a 5-minute soak), and its index, mapped into the gateway,
 * with it. So once the WAL holds more than `restartBytes`, the worker also asks for a TRUNCATE checkpoint,
 * without waiting: it takes the write lock only when it is free, copies the few frames committed since the
 * passive pass, and empties the file; with a reader still on the WAL it gives up until the next round. The
 * gateway's appends wait for it meanwhile (the frames since the passive pass and its fsyncs).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const restartFrames = Math.max(1, Math.floor(workerData.restartBytes / db.pragma('page_size', { simple: true })));
setInterval(() => {
  try {
    const [passive] = db.pragma('wal_checkpoint(PASSIVE)');
    if (passive.log < restartFrames) return;
    db.pragma('busy_timeout = 0');
    try { db.pragma('wal_checkpoint(TRUNCATE)'); } finally { db.pragma('busy_timeout = 5000'); }
  } catch (error) { parentPort.postMessage(String(error && error.message || error)); }
}, workerData.intervalMs);
`;

/** A WAL larger than this is emptied at the next round: seconds of a 50-client soak's appends, days of one person's. */
export const WAL_RESTART_BYTES = 64 * 1024 * 1024;

export interface Checkpointer {
  /** Ends the worker; a checkpoint in progress finishes first (termination waits for native calls). */
  stop(): void;
}

export interface CheckpointerOptions {
  intervalMs?: number;
  /** WAL size past which the worker empties it (tests pass a small one). */
  restartBytes?: number;
}

export function startCheckpointer(file: string, onError: (message: string) => void, options: CheckpointerOptions = {}): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const workerData = { file, driver, intervalMs: options.intervalMs ?? 1000, restartBytes: options.restartBytes ?? WAL_RESTART_BYTES };
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
  worker.on('message', (message: string) => onError(message));
  worker.on('error', (error) => onError(error.message));
  // A checkpointer must never keep a finished process alive.
  worker.unref();
  return {
    stop: () => void worker.terminate(),
  };
}
