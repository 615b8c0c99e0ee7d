import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Finding, Policy } from '@promptgate/shared';
import type { DetectJob, DetectReply } from './detect-job';
import { InspectPoolError } from './pool-errors';
import { balancedRuns } from './split-texts';
import { workerScript, type WorkerEntry } from '../../threads/worker-script';
import { detectWorkerEntry } from './worker-entry';

export interface DetectPoolOptions {
  /**
   * Worker threads at most; started on first use. Default: one less than the cores, at most four, and two on
   * two cores, so a large job of several texts is shared between both (the event loop is mostly waiting for
   * it then); one on one core.
   */
  size?: number;
  /** Jobs that may wait for a free worker; one more is refused (`inspection_busy`). Default 32. */
  maxQueued?: number;
  /** A job still running after this long has its worker stopped and fails: a stuck rule must not take a worker for good. Default 60 s. */
  maxJobMs?: number;
  /** The worker to run (tests swap in one they can pause or break). */
  entry?: WorkerEntry;
  /** Told when a worker dies: unexpected, and worth a line in the gateway's log. */
  onWorkerExit?: (error: Error) => void;
}

interface Job {
  message: DetectJob;
  resolve(findings: Finding[][]): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  job: Job | undefined;
  /** Stops a job that runs too long. */
  deadline: NodeJS.Timeout | undefined;
  /** Why the worker is going away, when the pool knows better than its exit code. */
  failure: Error | undefined;
}

const defaultSize = () => {
  const cores = availableParallelism();
  return Math.min(4, Math.max(Math.min(2, cores), cores - 1));
};

/**
 * A job of several texts holding at least this many characters per idle worker is shared between them: the
 * first look at an agent's long history costs a fraction of its time. Smaller parts would cost more in round
 * trips than they save.
 */
export const SHARED_JOB_PART_CHARS = 64 * 1024;

/**
 * Detection on worker threads, so one large or adversarial prompt never holds the thread that answers
 * health checks, the UI and every other client. Each worker runs one job at a time; the rest wait in a
 * bounded queue. A worker that dies fails its job (the request is refused, never sent uninspected) and is
 * replaced by a fresh one for the next job.
 */
export class DetectPool {
  readonly #slots = new Set<Slot>();
  readonly #queue: Job[] = [];
  readonly #size: number;
  readonly #maxQueued: number;
  readonly #maxJobMs: number;
  readonly #entry: WorkerEntry;
  readonly #onWorkerExit: (error: Error) => void;
  #nextId = 1;
  #closed = false;

  constructor(options: DetectPoolOptions = {}) {
    this.#size = options.size ?? defaultSize();
    this.#maxQueued = options.maxQueued ?? 32;
    this.#maxJobMs = options.maxJobMs ?? 60_000;
    if (!Number.isInteger(this.#size) || this.#size < 1) throw new RangeError(`a detection pool needs at least one worker, not ${this.#size}`);
    if (!Number.isInteger(this.#maxQueued) || this.#maxQueued < 0) throw new RangeError(`maxQueued must be a whole number, not ${this.#maxQueued}`);
    this.#entry = options.entry ?? detectWorkerEntry();
    this.#onWorkerExit = options.onWorkerExit ?? (() => {});
  }

  /**
   * Findings for each text, under the built-in rules and the policy's custom detectors. Shared between the
   * workers that are idle when the job is large and of several texts (never a text cut in two); a part that
   * fails fails the whole job.
   */
  detect(texts: readonly string[], custom: Policy['custom']): Promise<Finding[][]> {
    if (this.#closed) return Promise.reject(InspectPoolError.closed());
    const parts = this.#partsFor(texts);
    if (parts < 2) return this.#submit(texts, custom);
    const runs = balancedRuns(texts, parts).map(([from, to]) => this.#submit(texts.slice(from, to), custom));
    return Promise.all(runs).then((found) => found.flat());
  }

  /** How many workers may share `texts`: those idle or not yet started, when nothing waits for one. */
  #partsFor(texts: readonly string[]): number {
    if (texts.length < 2 || this.#queue.length > 0) return 1;
    let chars = 0;
    for (const text of texts) chars += text.length;
    let free = this.#size - this.#slots.size;
    for (const slot of this.#slots) if (!slot.job) free++;
    return Math.min(free, texts.length, Math.floor(chars / SHARED_JOB_PART_CHARS));
  }

  #submit(texts: readonly string[], custom: Policy['custom']): Promise<Finding[][]> {
    return new Promise((resolve, reject) => {
      const job: Job = { message: { id: this.#nextId++, texts, custom }, resolve, reject };
      const slot = this.#idleSlot();
      if (slot) this.#run(slot, job);
      else if (this.#queue.length >= this.#maxQueued) reject(InspectPoolError.saturated(this.#queue.length + this.#slots.size));
      else this.#queue.push(job);
    });
  }

  /** Jobs running or waiting: what a caller (or a test) may wait on. */
  get pending(): number {
    let running = 0;
    for (const slot of this.#slots) if (slot.job) running++;
    return running + this.#queue.length;
  }

  /** Stops every worker; running and waiting jobs fail as the gateway is shutting down. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const job of this.#queue.splice(0)) job.reject(InspectPoolError.closed());
    const slots = [...this.#slots];
    this.#slots.clear();
    for (const slot of slots) {
      clearTimeout(slot.deadline);
      slot.job?.reject(InspectPoolError.closed());
    }
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  #idleSlot(): Slot | undefined {
    for (const slot of this.#slots) if (!slot.job) return slot;
    return this.#slots.size < this.#size ? this.#spawn() : undefined;
  }

  #spawn(): Slot {
    const { script, eval: isEval } = workerScript(this.#entry);
    const worker = new Worker(script, { eval: isEval, workerData: this.#entry.workerData });
    const slot: Slot = { worker, job: undefined, deadline: undefined, failure: undefined };
    // An idle worker must not keep the process alive; a busy one is referenced while its job runs.
    worker.unref();
    worker.on('message', (reply: DetectReply) => this.#finish(slot, reply));
    worker.on('error', (error) => {
      slot.failure ??= error;
    });
    worker.on('exit', (code) => this.#exited(slot, slot.failure ?? new Error(`the detection worker exited with code ${code}`)));
    this.#slots.add(slot);
    return slot;
  }

  #run(slot: Slot, job: Job): void {
    slot.job = job;
    slot.worker.ref();
    slot.deadline = setTimeout(() => {
      slot.failure = new Error(`detection took longer than ${this.#maxJobMs >= 1000 ? `${this.#maxJobMs / 1000} s` : `${this.#maxJobMs} ms`} and was stopped`);
      void slot.worker.terminate();
    }, this.#maxJobMs);
    slot.deadline.unref();
    slot.worker.postMessage(job.message);
  }

  #finish(slot: Slot, reply: DetectReply): void {
    const job = slot.job;
    if (!job || job.message.id !== reply.id) return;
    slot.job = undefined;
    clearTimeout(slot.deadline);
    slot.worker.unref();
    if ('error' in reply) job.reject(InspectPoolError.failed(reply.error));
    else job.resolve(reply.findings);
    this.#next();
  }

  #exited(slot: Slot, error: Error): void {
    clearTimeout(slot.deadline);
    if (!this.#slots.delete(slot)) return;
    this.#onWorkerExit(error);
    slot.job?.reject(InspectPoolError.crashed(error.message));
    this.#next();
  }

  #next(): void {
    if (this.#closed) return;
    const job = this.#queue.shift();
    if (!job) return;
    const slot = this.#idleSlot();
    if (slot) this.#run(slot, job);
    else this.#queue.unshift(job);
  }
}
