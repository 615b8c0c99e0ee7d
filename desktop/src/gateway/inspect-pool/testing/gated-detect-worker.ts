// A detection worker that waits at a gate before each job: a test holds a large inspection "in progress" for
// as long as it needs, with no timing, then lets it finish with the real engine.
import { parentPort, workerData } from 'node:worker_threads';
import { runDetectJob, type DetectJob } from '../detect-job';

const gate = new Int32Array(workerData as SharedArrayBuffer);
const port = parentPort!;
port.on('message', (job: DetectJob) => {
  // Blocks this worker thread (never the gateway's) until the test stores 1 and notifies.
  Atomics.wait(gate, 0, 0);
  port.postMessage(runDetectJob(job));
});
