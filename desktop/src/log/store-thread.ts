import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { workerScript } from '../threads/worker-script';
import type { PreparedEvent } from './event-input';
import { fromThreadError, type FromStoreThread, type StoreThreadData, type ToStoreThread } from './store-thread-protocol';
import type { StoredEvent } from './types';

/**
 * How long the log waits for the thread to store what it was handed before giving up on it (hang
 * protection: a drain normally takes one batch's commit, or the thread's start on the first one).
 */
const DRAIN_LIMIT_MS = 60_000;

const fromSource = import.meta.url.endsWith('.ts');

/** `session-log-worker.ts` from source; from a bundle, the `session-log-worker.js` the build writes beside it. */
const WORKER_URL = new URL(fromSource ? './session-log-worker.ts' : './session-log-worker.js', import.meta.url);

export interface HandedEvent {
  event: PreparedEvent;
  onStored: ((stored: StoredEvent) => void) | undefined;
}

/** What the journal's batches do with the thread's answers. */
export interface StoreThreadListener {
  stored(item: HandedEvent, stored: StoredEvent): void;
  /** Everything handed over so far is in the database. */
  caughtUp(): void;
  /** Not stored by the thread (refused, or the thread is gone), in the order they were handed over. */
  handedBack(items: HandedEvent[]): void;
  report(error: unknown, where: string): void;
}

/**
 * The log's side of its store thread (`session-log-worker.ts`): events durable in the journal are handed
 * over in order and stored there, on the thread's own connection. When the thread refuses one (a full disk,
 * an event the log rejects), it and every event handed over after it come back, and the thread takes new
 * ones only once the log has stored those itself (`resume`), so the chain keeps the order of handover.
 * `drain` waits for the thread synchronously: reads, direct appends and close see every event handed over.
 */
export class StoreThread {
  readonly #worker: Worker;
  readonly #port: MessagePort;
  readonly #drained: Int32Array;
  #listener: StoreThreadListener | undefined;
  #inFlight: HandedEvent[] = [];
  #generation = 0;
  #accepting = true;
  #gone = false;
  #drains = 0;

  private constructor(worker: Worker, port: MessagePort, drained: Int32Array) {
    this.#worker = worker;
    this.#port = port;
    this.#drained = drained;
  }

  static start(file: string, pragmas: readonly string[] = []): StoreThread {
    const { port1, port2 } = new MessageChannel();
    const drained = new SharedArrayBuffer(4);
    const data: StoreThreadData = { file, port: port2, drained, pragmas };
    const { script, eval: isEval } = workerScript({ url: WORKER_URL });
    const worker = new Worker(script, { eval: isEval, workerData: data, transferList: [port2] });
    const thread = new StoreThread(worker, port1, new Int32Array(drained));
    port1.on('message', (message: FromStoreThread) => thread.#handle(message));
    // Handed-over events are durable in the journal: neither end must keep a finished process alive.
    port1.unref();
    worker.unref();
    worker.on('error', (error) => thread.#lost(error));
    worker.on('exit', (code) => thread.#lost(new Error(`the session log's store thread exited with code ${code}`)));
    return thread;
  }

  listen(listener: StoreThreadListener): void {
    this.#listener = listener;
  }

  /** Whether `hand` may be called: not while events it handed back wait to be stored by the log itself. */
  get accepting(): boolean {
    return this.#accepting && !this.#gone;
  }

  get idle(): boolean {
    return this.#inFlight.length === 0;
  }

  /** Events durable in the journal, in order: stored by the thread as one transaction. */
  hand(items: HandedEvent[]): void {
    if (items.length === 0) return;
    this.#inFlight.push(...items);
    this.#post({ type: 'store', generation: this.#generation, events: items.map((item) => item.event) });
  }

  /** The log stored what came back: new events may go to the thread again. */
  resume(): void {
    this.#accepting = true;
  }

  scheduleIndexing(): void {
    if (!this.#gone) this.#post({ type: 'index' });
  }

  /** Test hook: a pragma on the thread's connection (`max_page_count` fills its disk). */
  pragma(pragma: string): void {
    this.#post({ type: 'pragma', pragma });
  }

  /** Returns once every event handed over is stored or handed back (and its callbacks have run). */
  drain(): void {
    if (this.#gone || this.#inFlight.length === 0) return;
    this.#wait({ type: 'drain', n: ++this.#drains });
  }

  close(): void {
    if (this.#gone) return;
    this.#wait({ type: 'close', n: ++this.#drains });
    this.#gone = true;
    this.#handBack();
    void this.#worker.terminate();
  }

  #wait(message: Extract<ToStoreThread, { n: number }>): void {
    this.#post(message);
    const deadline = Date.now() + DRAIN_LIMIT_MS;
    for (;;) {
      const done = Atomics.load(this.#drained, 0);
      if (done >= message.n) break;
      const left = deadline - Date.now();
      if (left <= 0) {
        this.#lost(new Error(`the session log's store thread did not answer within ${DRAIN_LIMIT_MS / 1000} s`));
        return;
      }
      Atomics.wait(this.#drained, 0, done, left);
    }
    // Every answer to what came before is in the port by now: take them in order, here.
    for (let received = receiveMessageOnPort(this.#port); received !== undefined; received = receiveMessageOnPort(this.#port)) {
      this.#handle(received.message as FromStoreThread);
    }
  }

  #post(message: ToStoreThread): void {
    this.#port.postMessage(message);
  }

  #handle(message: FromStoreThread): void {
    if (this.#gone) return;
    const listener = this.#listener;
    switch (message.type) {
      case 'stored':
        for (const stored of message.stored) {
          const item = this.#inFlight.shift();
          if (item) listener?.stored(item, stored);
        }
        if (this.#inFlight.length === 0) listener?.caughtUp();
        return;
      case 'refused':
        // Answers to events handed back already (the rest of a refused generation) change nothing.
        if (this.#inFlight.length === 0 || !message.ids.includes(this.#inFlight[0]!.event.id)) return;
        this.#accepting = false;
        this.#generation++;
        this.#handBack();
        return;
      case 'report':
        listener?.report(fromThreadError(message.error), message.where);
        return;
    }
  }

  /** The thread is gone: the log stores everything itself from now on. */
  #lost(error: unknown): void {
    if (this.#gone) return;
    this.#gone = true;
    this.#listener?.report(error, 'session log store thread');
    this.#handBack();
    this.#port.close();
    void this.#worker.terminate();
  }

  #handBack(): void {
    const items = this.#inFlight;
    this.#inFlight = [];
    if (items.length > 0) this.#listener?.handedBack(items);
  }
}
