// A detection worker that dies on a text starting with "crash the worker", as a detector hitting a bug or
// running out of memory would; any other text gets the real engine.
import { parentPort } from 'node:worker_threads';
import { runDetectJob, type DetectJob } from '../detect-job';

const port = parentPort!;
port.on('message', (job: DetectJob) => {
  if (job.texts.some((text) => text.startsWith('crash the worker'))) process.exit(3);
  port.postMessage(runDetectJob(job));
});
