import { catchUpFullTextIndex } from './fts-index';
import type { Statement } from 'better-sqlite3';
import { eventWhere, page } from './filters';
import { EVENT_COLUMNS, SESSION_COLUMNS, toSession, toStoredEvent, type EventRow, type SessionRow } from './rows';
import type { SqliteDatabase } from './sqlite';
import { VERDICTS, type EventFilters, type EventKind, type LogFilters, type SessionSummary, type StoredEvent, type VerdictCounts } from './types';

interface SummaryRow extends SessionRow {
  event_count: number;
  strictest_rank: number;
}

// Verdict strictness as SQL, from the same list the types use, so the two cannot disagree.
const VERDICT_RANK_SQL = `CASE e.verdict ${VERDICTS.map((v, i) => `WHEN '${v}' THEN ${i}`).join(' ')} END`;
const SUMMARY_SELECT = `
  SELECT ${SESSION_COLUMNS.replace(/(\w+)/g, 's.$1')}, COUNT(e.seq) AS event_count, MAX(${VERDICT_RANK_SQL}) AS strictest_rank
  FROM sessions s JOIN events e ON e.session_id = s.id`;

/** Read side of the log: sessions, timelines, search and counts. Writes never go through here. */
export class LogQueries {
  private readonly sessionById: Statement<[string], SummaryRow>;
  private readonly timeline: Statement<[string], EventRow>;
  private readonly verdictCounts: Statement<[number, string], { verdict: string; n: number }>;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly hasFts: boolean,
  ) {
    this.sessionById = db.prepare<[string], SummaryRow>(`${SUMMARY_SELECT} WHERE s.id = ? GROUP BY s.id`);
    this.timeline = db.prepare<[string], EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE session_id = ? ORDER BY seq`);
    this.verdictCounts = db.prepare<[number, string], { verdict: string; n: number }>('SELECT verdict, COUNT(*) AS n FROM events WHERE at >= ? AND kind = ? GROUP BY verdict');
  }

  getSession(id: string): SessionSummary | null {
    const row = this.sessionById.get(id);
    return row ? toSummary(row) : null;
  }

  /**
   * Sessions with at least one event matching every filter, most recently active first: by their newest
   * event's place in the log, not its time, so a clock that stepped back cannot push a live session down.
   */
  listSessions(filters: LogFilters): { sessions: SessionSummary[]; total: number } {
    this.indexBeforeSearch(filters);
    const { limit, offset } = page(filters);
    const where = eventWhere(filters, this.hasFts);
    const matching = `SELECT e.session_id FROM events e WHERE ${where.sql}`;
    const total =
      this.db
        .prepare<unknown[], number>(`SELECT COUNT(DISTINCT session_id) FROM (${matching})`)
        .pluck()
        .get(...where.params) ?? 0;
    const rows = this.db
      .prepare<unknown[], SummaryRow>(`${SUMMARY_SELECT} WHERE s.id IN (${matching}) GROUP BY s.id ORDER BY MAX(e.seq) DESC LIMIT ? OFFSET ?`)
      .all(...where.params, limit, offset);
    return { sessions: rows.map(toSummary), total };
  }

  /** A text search sees every event: the index is brought up to date first (usually a few rows). */
  private indexBeforeSearch(filters: LogFilters): void {
    if (this.hasFts && filters.search?.trim()) catchUpFullTextIndex(this.db);
  }

  /** Every event of a session in the order it happened. */
  sessionTimeline(sessionId: string): StoredEvent[] {
    return this.timeline.all(sessionId).map(toStoredEvent);
  }

  /** Events matching every filter, newest first. */
  searchEvents(filters: EventFilters): StoredEvent[] {
    this.indexBeforeSearch(filters);
    const { limit, offset } = page(filters);
    const where = eventWhere(filters, this.hasFts);
    return this.db
      .prepare<unknown[], EventRow>(`SELECT ${EVENT_COLUMNS.replace(/(\w+)/g, 'e.$1')} FROM events e WHERE ${where.sql} ORDER BY e.seq DESC LIMIT ? OFFSET ?`)
      .all(...where.params, limit, offset)
      .map(toStoredEvent);
  }

  /**
   * Decisions per verdict since a time. Only `inspect` events by default: choices, approvals and replies
   * belong to a decision already counted, and counting them would show more prompts than were sent.
   */
  countsByVerdict(sinceMs: number, kind: EventKind = 'inspect'): VerdictCounts {
    const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as VerdictCounts;
    for (const { verdict, n } of this.verdictCounts.all(sinceMs, kind)) counts[verdict as keyof VerdictCounts] = n;
    return counts;
  }
}

function toSummary(row: SummaryRow): SessionSummary {
  return { ...toSession(row), eventCount: row.event_count, strictestVerdict: VERDICTS[row.strictest_rank] ?? 'allow' };
}
