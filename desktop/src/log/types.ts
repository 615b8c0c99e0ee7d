import type { Action, Category } from '@promptgate/shared';

/** The gateway's verdict on one event; the same five actions the policy decides. */
export type Verdict = Action;
export const VERDICTS = ['allow', 'redact', 'warn', 'hold', 'block'] as const satisfies readonly Verdict[];

export type SessionKind = 'chat' | 'sdk';
export const SESSION_KINDS = ['chat', 'sdk'] as const satisfies readonly SessionKind[];

/**
 * `inspect`: a prompt was decided; `choice`: the person chose on a warn; `approval`: an approver decided;
 * `reply`: a masked response; `notice`: the gateway's own record about the log (a damaged file set aside).
 */
export type EventKind = 'inspect' | 'choice' | 'approval' | 'reply' | 'notice';
export const EVENT_KINDS = ['inspect', 'choice', 'approval', 'reply', 'notice'] as const satisfies readonly EventKind[];

/** A finding as the log keeps it: where it is in the masked text and a keyed hash of the value, never the value. */
export interface LoggedFinding {
  type: string;
  category: Category;
  /** Offsets into `maskedText` (UTF-16 code units, end exclusive), usually the placeholder's span. */
  start: number;
  end: number;
  /** The placeholder that replaced the value, or null when the value was left in place (allow/warn). */
  placeholder: string | null;
  /** HMAC-SHA256 of the value under the installation key (`hashValue`), lowercase hex; null if unknown. */
  valueHash: string | null;
}

/** What a caller appends. Everything here must already be masked: the log stores it as given. */
export interface EventInput {
  /** UUID; generated when absent. Appending the same id again with the same content is a no-op (retries). */
  id?: string;
  /** Ms since epoch; the log's clock when absent. */
  at?: number;
  sessionKind: SessionKind;
  /** Site hostname for chats, client token name for SDK runs. */
  source: string;
  /** The site's or client's conversation id; events with the same kind, source and conversation share a session. */
  conversationId?: string | null;
  /** Token name of the extension or SDK client that asked. */
  requester?: string | null;
  kind: EventKind;
  verdict: Verdict;
  maskedText: string;
  findings: ReadonlyArray<Omit<LoggedFinding, 'placeholder' | 'valueHash'> & { placeholder?: string | null; valueHash?: string | null }>;
  /** Choice, justification, approver, reason, latencyMs, usage, model...: JSON values only. */
  detail?: Readonly<Record<string, unknown>>;
}

/** An event as stored: the input plus its place in the hash chain. */
export interface StoredEvent {
  seq: number;
  id: string;
  sessionId: string;
  at: number;
  kind: EventKind;
  source: string;
  requester: string | null;
  verdict: Verdict;
  maskedText: string;
  findings: LoggedFinding[];
  detail: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export interface Session {
  id: string;
  kind: SessionKind;
  source: string;
  conversationId: string | null;
  startedAt: number;
  lastEventAt: number;
}

/** A session row for lists: how many events it holds and the strictest verdict among them. */
export interface SessionSummary extends Session {
  eventCount: number;
  strictestVerdict: Verdict;
}

/** Filters shared by session lists and event search. Times are ms since epoch, `until` exclusive. */
export interface LogFilters {
  /** Words matched against masked text (prefix match per word, all words must match). */
  search?: string;
  /** Site hostname or client name (the `source`). */
  site?: string;
  verdict?: Verdict;
  findingType?: string;
  since?: number;
  until?: number;
  limit?: number;
  offset?: number;
}

export interface EventFilters extends LogFilters {
  sessionId?: string;
  kind?: EventKind;
}

export type VerifyResult =
  | { ok: true; events: number }
  | {
      ok: false;
      /** Events checked. */
      events: number;
      /** Every broken link found. */
      brokenCount: number;
      /** The broken links in chain order, the first `MAX_LISTED_BREAKS` of them. */
      breaks: BrokenLink[];
    };

export interface BrokenLink {
  seq: number;
  reason: ChainBreak;
}

/**
 * Why a link is broken. `seq_gap`: events are missing in the middle or after the checkpoint;
 * `prev_hash_mismatch`: an event does not follow the one before it; `hash_mismatch`: an event's content
 * changed after it was written; `tail_missing`: the newest events were removed.
 */
export type ChainBreak = 'seq_gap' | 'prev_hash_mismatch' | 'hash_mismatch' | 'tail_missing';

export interface RetentionResult {
  deletedEvents: number;
  deletedSessions: number;
  /** The seq of the last deleted event, now recorded in a checkpoint; null when nothing was old enough. */
  checkpointSeq: number | null;
}

export type VerdictCounts = Record<Verdict, number>;
