import type { ChainedFields } from './chain';
import type { EventKind, LoggedFinding, Session, SessionKind, StoredEvent, Verdict } from './types';

/** An `events` row as SQLite returns it. */
export interface EventRow extends ChainedFields {
  hash: string;
}

export interface SessionRow {
  id: string;
  kind: string;
  source: string;
  conversation_id: string | null;
  started_at: number;
  last_event_at: number;
}

export const EVENT_COLUMNS = 'seq, id, session_id, at, kind, source, requester, verdict, masked_text, findings, detail, prev_hash, hash';
export const SESSION_COLUMNS = 'id, kind, source, conversation_id, started_at, last_event_at';

// The casts below trust values the log itself validated on the way in (see event-input.ts).
export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    seq: row.seq,
    id: row.id,
    sessionId: row.session_id,
    at: row.at,
    kind: row.kind as EventKind,
    source: row.source,
    requester: row.requester,
    verdict: row.verdict as Verdict,
    maskedText: row.masked_text,
    findings: JSON.parse(row.findings) as LoggedFinding[],
    detail: JSON.parse(row.detail) as Record<string, unknown>,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export function toSession(row: SessionRow): Session {
  return {
    id: row.id,
    kind: row.kind as SessionKind,
    source: row.source,
    conversationId: row.conversation_id,
    startedAt: row.started_at,
    lastEventAt: row.last_event_at,
  };
}
