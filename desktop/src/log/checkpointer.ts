import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Folds the WAL into the database file from a worker thread, so the fsyncs of a checkpoint never run on
 * the thread that answers requests. SQLite's own auto-checkpoint would run them inside whichever commit
 * crossed the threshold, which is what made the slowest inspections slow. PASSIVE checkpoints never
 * block writers; the gateway's appends go on while the worker copies pages.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (error) { parentPort.postMessage(String(error && error.message || error)); }
}, workerData.intervalMs);
`;

export interface Checkpointer {
  /** Ends the worker; a checkpoint in progress finishes first (termination waits for native calls). */
  stop(): void;
}

export function startCheckpointer(file: string, onError: (message: string) => void, intervalMs = 1000): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driver, intervalMs } });
  worker.on('message', (message: string) => onError(message));
  worker.on('error', (error) => onError(error.message));
  // A checkpointer must never keep a finished process alive.
  worker.unref();
  return {
    stop: () => void worker.terminate(),
  };
}
