import { LogUnavailableError, SessionLogError, type LogFault } from './errors';

const DISK_FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT']);
const DAMAGED = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_VTAB']);

/** Whether an error from SQLite or the file system is a fault of the disk or the file rather than of a request. */
export function faultOf(error: unknown): LogFault | undefined {
  if (error instanceof LogUnavailableError) return error.code;
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (typeof code !== 'string') return undefined;
  if (DISK_FULL.has(code)) return 'disk_full';
  if (DAMAGED.has(code)) return 'damaged';
  return undefined;
}

/**
 * Whether the log can write, from what its writes report: a fault is reported once, when it begins, and
 * once more when a write succeeds again, so a full disk gives two lines, not one per request or per timer.
 */
export class LogHealth {
  #fault: LogUnavailableError | undefined;
  /** Faults of background work (index, checkpoints, retention) already reported, by task. */
  readonly #background = new Map<string, LogFault>();

  constructor(private readonly report: (error: unknown, where: string) => void) {}

  get fault(): LogUnavailableError | undefined {
    return this.#fault;
  }

  /** A write failed. A fault comes back as the `LogUnavailableError` callers see; anything else as it was. */
  failed(error: unknown, where: string): unknown {
    const fault = faultOf(error);
    if (fault === undefined) return error;
    const unavailable = error instanceof LogUnavailableError ? error : new LogUnavailableError(fault, error);
    if (this.#fault?.code !== fault) this.report(unavailable, where);
    this.#fault = unavailable;
    return unavailable;
  }

  /**
   * Background work failed. It does not decide whether the log takes events (appends find that out by
   * themselves), and a fault is reported once per task until that task succeeds again, so a timer that
   * retries on a full disk does not repeat itself.
   */
  backgroundFailed(error: unknown, where: string): void {
    const fault = faultOf(error);
    if (fault === undefined) {
      this.report(error, where);
      return;
    }
    if (this.#background.get(where) === fault) return;
    this.#background.set(where, fault);
    const problem = fault === 'disk_full' ? "the session log's disk is full" : 'the session log database is damaged';
    this.report(new SessionLogError(fault, `${problem}: ${where} waits until it can write`, { cause: error }), where);
  }

  backgroundSucceeded(where: string): void {
    this.#background.delete(where);
  }

  /** A write went through: whatever fault there was is over. */
  succeeded(): void {
    if (!this.#fault) return;
    this.#fault = undefined;
    this.report(new SessionLogError('log_writable', 'the session log takes events again'), 'session log');
  }
}
