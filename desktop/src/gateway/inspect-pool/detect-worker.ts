// The detection worker: runs one job at a time for the gateway's pool, off the thread that serves requests.
import { parentPort } from 'node:worker_threads';
import { runDetectJob, type DetectJob } from './detect-job';

if (!parentPort) throw new Error('the detection worker runs only as a worker thread of the gateway');
const port = parentPort;
port.on('message', (job: DetectJob) => port.postMessage(runDetectJob(job)));
