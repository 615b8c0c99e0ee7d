import type { MessagePort } from 'node:worker_threads';
import type { PreparedEvent } from './event-input';
import type { StoredEvent } from './types';

/** What the session log's store thread is started with. */
export interface StoreThreadData {
  file: string;
  /** The thread's end of the channel: both directions, so the log can read replies synchronously. */
  port: MessagePort;
  /** One Int32: the number of the last `drain` the thread has finished (every reply before it is posted). */
  drained: SharedArrayBuffer;
  /** Test hook: pragmas the thread's connection runs after opening (`max_page_count = N` fills its disk). */
  pragmas: readonly string[];
}

/**
 * To the thread. `store`: events already durable in the journal, in order, each with the generation it was
 * handed over in: after a refusal the thread refuses every later event of the same generation, so nothing
 * is stored out of order. `drain`: store whatever is waiting now, then bump `drained` to `n`.
 */
export type ToStoreThread =
  | { type: 'store'; generation: number; events: PreparedEvent[] }
  | { type: 'drain'; n: number }
  | { type: 'index' }
  | { type: 'pragma'; pragma: string }
  | { type: 'close'; n: number };

/** An error as it crosses the thread boundary: what `LogHealth` and the callers switch on. */
export interface ThreadError {
  name: string;
  message: string;
  code: string | undefined;
}

/** From the thread, in the order the events were handed over. */
export type FromStoreThread =
  { type: 'stored'; stored: StoredEvent[] } | { type: 'refused'; ids: string[]; error: ThreadError } | { type: 'report'; where: string; error: ThreadError };

export function threadError(error: unknown): ThreadError {
  const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  return error instanceof Error ? { name: error.name, message: error.message, code } : { name: 'Error', message: String(error), code };
}

/** An error from the thread, rebuilt with its code so `faultOf` reads it as before. */
export function fromThreadError(error: ThreadError): Error {
  return Object.assign(new Error(error.message), { name: error.name, code: error.code });
}
