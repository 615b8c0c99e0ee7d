import { randomUUID } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import { eventHash, GENESIS_HASH } from './chain';
import { EventIdConflictError } from './errors';
import type { PreparedEvent } from './event-input';
import { EVENT_COLUMNS, toStoredEvent, type EventRow } from './rows';
import type { SqliteDatabase } from './sqlite';
import type { StoredEvent } from './types';
import { wellFormedEvent } from './well-formed';

interface Head {
  seq: number;
  hash: string;
}

interface ExistingEvent extends EventRow {
  session_kind: string;
  conversation_id: string | null;
}

/**
 * Writes one event per transaction with statements prepared once. The transaction is IMMEDIATE: it takes
 * the write lock before reading the chain head, so two processes appending at once queue up instead of
 * both chaining onto the same head.
 */
export class Appender {
  private readonly byId: Statement<[string], ExistingEvent>;
  private readonly sessionByConversation: Statement<[string, string, string], { id: string }>;
  private readonly insertSession: Statement<[string, string, string, string | null, number, number]>;
  private readonly touchSession: Statement<[number, number, string]>;
  private readonly lastEvent: Statement<[], Head>;
  private readonly lastCheckpoint: Statement<[], Head>;
  private readonly insertEvent: Statement<[EventRow]>;
  private readonly run: (event: PreparedEvent) => StoredEvent;
  private readonly runAll: (events: readonly PreparedEvent[]) => StoredEvent[];

  constructor(db: SqliteDatabase) {
    this.byId = db.prepare<[string], ExistingEvent>(
      `SELECT ${EVENT_COLUMNS.replace(/(\w+)/g, 'e.$1')}, s.kind AS session_kind, s.conversation_id
       FROM events e JOIN sessions s ON s.id = e.session_id WHERE e.id = ?`,
    );
    this.sessionByConversation = db.prepare<[string, string, string], { id: string }>('SELECT id FROM sessions WHERE kind = ? AND source = ? AND conversation_id = ?');
    this.insertSession = db.prepare<[string, string, string, string | null, number, number]>(
      'INSERT INTO sessions (id, kind, source, conversation_id, started_at, last_event_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.touchSession = db.prepare<[number, number, string]>('UPDATE sessions SET started_at = min(started_at, ?), last_event_at = max(last_event_at, ?) WHERE id = ?');
    this.lastEvent = db.prepare<[], Head>('SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1');
    this.lastCheckpoint = db.prepare<[], Head>('SELECT last_deleted_seq AS seq, last_deleted_hash AS hash FROM checkpoints ORDER BY id DESC LIMIT 1');
    this.insertEvent = db.prepare<[EventRow]>(
      `INSERT INTO events (${EVENT_COLUMNS})
       VALUES (@seq, @id, @session_id, @at, @kind, @source, @requester, @verdict, @masked_text, @findings, @detail, @prev_hash, @hash)`,
    );
    // better-sqlite3's transaction variants are plain functions: they pass `this` through to ours, an arrow that ignores it.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    this.run = db.transaction((event: PreparedEvent) => this.appendLocked(event)).immediate;
    // eslint-disable-next-line @typescript-eslint/unbound-method
    this.runAll = db.transaction((events: readonly PreparedEvent[]) => events.map((event) => this.appendLocked(event))).immediate;
  }

  append(event: PreparedEvent): StoredEvent {
    return this.run(event);
  }

  /** Several events in one transaction, in order: all are stored, or none (the error says why). */
  appendAll(events: readonly PreparedEvent[]): StoredEvent[] {
    return this.runAll(events);
  }

  /** Every event passes here before it is hashed and stored: the one place its text is made well-formed. */
  private appendLocked(input: PreparedEvent): StoredEvent {
    const event = wellFormedEvent(input);
    const existing = this.byId.get(event.id);
    if (existing) {
      if (!sameContent(existing, event)) throw new EventIdConflictError(event.id);
      return toStoredEvent(existing);
    }
    const sessionId = this.resolveSession(event);
    // After retention has emptied the table the chain continues from the newest checkpoint.
    const head = this.lastEvent.get() ?? this.lastCheckpoint.get() ?? { seq: 0, hash: GENESIS_HASH };
    const fields = {
      seq: head.seq + 1,
      id: event.id,
      session_id: sessionId,
      at: event.at,
      kind: event.kind,
      source: event.source,
      requester: event.requester,
      verdict: event.verdict,
      masked_text: event.masked_text,
      findings: event.findings,
      detail: event.detail,
      prev_hash: head.hash,
    };
    const row: EventRow = { ...fields, hash: eventHash(fields) };
    this.insertEvent.run(row);
    return toStoredEvent(row);
  }

  private resolveSession(event: PreparedEvent): string {
    const found = event.conversationId === null ? undefined : this.sessionByConversation.get(event.sessionKind, event.source, event.conversationId);
    if (found) {
      this.touchSession.run(event.at, event.at, found.id);
      return found.id;
    }
    const id = randomUUID();
    this.insertSession.run(id, event.sessionKind, event.source, event.conversationId, event.at, event.at);
    return id;
  }
}

/** A retry carries the same content; its `at` may differ when the caller let the log's clock fill it in. */
function sameContent(row: ExistingEvent, event: PreparedEvent): boolean {
  return (
    row.session_kind === event.sessionKind &&
    row.conversation_id === event.conversationId &&
    row.kind === event.kind &&
    row.source === event.source &&
    row.requester === event.requester &&
    row.verdict === event.verdict &&
    row.masked_text === event.masked_text &&
    row.findings === event.findings &&
    row.detail === event.detail
  );
}
