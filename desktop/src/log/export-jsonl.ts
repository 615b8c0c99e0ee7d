import { EVENT_COLUMNS, toStoredEvent, type EventRow } from './rows';
import type { SqliteDatabase } from './sqlite';
import type { StoredEvent } from './types';

/** One exported line: the stored event (chain fields included, so a receiver can re-verify) plus its session. */
export interface ExportedEvent extends StoredEvent {
  session: { kind: string; source: string; conversationId: string | null };
}

interface ExportRow extends EventRow {
  session_kind: string;
  session_source: string;
  conversation_id: string | null;
}

/**
 * Streams events in the log's own order (its sequence) as JSON lines, each ending in a newline. `since` (ms)
 * starts at the first event, in sequence order, whose time is at or after it, and takes every event after
 * that one, whatever its time: an event written after the clock stepped back carries an earlier time but
 * happened later, and must not be left out. Rows are read one at a time, so exporting a large log does not
 * hold it in memory. Returns the count.
 */
export function exportJsonl(db: SqliteDatabase, since: number | undefined, write: (line: string) => void): number {
  const rows = db.prepare<[number], ExportRow>(
    `SELECT ${EVENT_COLUMNS.replace(/(\w+)/g, 'e.$1')}, s.kind AS session_kind, s.source AS session_source, s.conversation_id
     FROM events e JOIN sessions s ON s.id = e.session_id
     WHERE e.seq >= (SELECT seq FROM events WHERE at >= ? ORDER BY seq LIMIT 1)
     ORDER BY e.seq`,
  );
  let count = 0;
  for (const row of rows.iterate(since ?? Number.MIN_SAFE_INTEGER)) {
    const line: ExportedEvent = {
      ...toStoredEvent(row),
      session: { kind: row.session_kind, source: row.session_source, conversationId: row.conversation_id },
    };
    write(`${JSON.stringify(line)}\n`);
    count++;
  }
  return count;
}
