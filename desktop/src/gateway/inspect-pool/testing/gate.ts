import type { WorkerEntry } from '../../../threads/worker-script';

/** A pool entry whose jobs wait until `open()`; `open` lets every job through from then on. */
export function gatedWorker(): { entry: WorkerEntry; open(): void } {
  const shared = new SharedArrayBuffer(4);
  const gate = new Int32Array(shared);
  return {
    entry: { url: new URL('./gated-detect-worker.ts', import.meta.url), workerData: shared },
    open() {
      Atomics.store(gate, 0, 1);
      Atomics.notify(gate, 0);
    },
  };
}

/** A pool entry that dies on texts starting with "crash the worker". */
export const faultyWorker: WorkerEntry = { url: new URL('./faulty-detect-worker.ts', import.meta.url) };
