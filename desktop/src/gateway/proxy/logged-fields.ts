import { hash } from 'node:crypto';
import type { TextField } from './types';

/** How much is remembered: it bounds memory, and forgetting only means a field is logged again. */
export interface LoggedFieldsLimits {
  /** Sessions remembered at once; the one idle longest goes first. */
  sessions: number;
  /** Fields remembered per session; past it the session starts over. */
  fieldsPerSession: number;
  /** A session idle this long is forgotten. */
  idleMs: number;
  /**
   * A session remembered this long starts over, however busy: retention deletes events a day old at the
   * soonest (`logging.retentionDays` is 1 or more), and a field must not be left out because the log held it
   * once.
   */
  maxAgeMs: number;
}

const DEFAULT_LIMITS: LoggedFieldsLimits = { sessions: 256, fieldsPerSession: 8192, idleMs: 60 * 60 * 1000, maxAgeMs: 12 * 60 * 60 * 1000 };

interface Session {
  digests: Set<string>;
  startedAt: number;
  usedAt: number;
}

/**
 * Which prompt fields the session log already holds, masked, for each session of the log (a requester and its
 * conversation). An agent resends its whole history on every call, and logging all of it each time made the
 * log grow with the square of a session's length and cost the most of the work a call leaves behind: a field
 * already logged unchanged, at the same place, is counted and not repeated.
 *
 * A field counts once an event holding all of it was journaled (see `remember`). Memory is a digest per field,
 * bounded (`LoggedFieldsLimits`); what is forgotten, or was never seen by this process (after a restart), is
 * logged again in full: nothing is ever left out of the log unless it is in it already.
 */
export class LoggedFields {
  readonly #sessions = new Map<string, Session>();

  constructor(
    private readonly limits: LoggedFieldsLimits = DEFAULT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The digest of a field as logged: its place and its masked text. Not its kind: a call's prompt is the next
   * call's history, the same text at the same place. SHA-256, so no crafted field can pass for one logged.
   */
  static digest(path: TextField['path'], maskedText: string): string {
    // One call, no Hash object: every field of every call is digested, an agent's history included.
    return hash('sha256', `${JSON.stringify(path)}\0${maskedText}`, 'base64');
  }

  /** For each digest, whether the session's log already holds that field. */
  logged(session: string, digests: readonly string[]): boolean[] {
    const known = this.#live(session);
    return digests.map((digest) => known?.digests.has(digest) === true);
  }

  /** The fields of `digests` are in the session's log now: an event holding each whole was journaled. */
  remember(session: string, digests: readonly string[]): void {
    if (digests.length === 0) return;
    let known = this.#live(session);
    if (known === undefined) {
      if (this.#sessions.size >= this.limits.sessions) this.#sessions.delete(this.#sessions.keys().next().value!);
      known = { digests: new Set(), startedAt: this.now(), usedAt: this.now() };
      this.#sessions.set(session, known);
    }
    for (const digest of digests) {
      if (known.digests.size >= this.limits.fieldsPerSession) known.digests.clear();
      known.digests.add(digest);
    }
  }

  /** The session's memory unless idle or kept too long; touched, so the map's order is least recently used first. */
  #live(session: string): Session | undefined {
    const known = this.#sessions.get(session);
    if (known === undefined) return undefined;
    this.#sessions.delete(session);
    const now = this.now();
    if (now - known.usedAt > this.limits.idleMs || now - known.startedAt > this.limits.maxAgeMs) return undefined;
    known.usedAt = now;
    this.#sessions.set(session, known);
    return known;
  }
}
