import type { SqlEngine } from '../db/sql';
import type { AuditFilters } from './types';

/** FTS5's trigram tokenizer indexes 3-character runs: a shorter word cannot be looked up in it. */
const TRIGRAM = 3;
const MAX_WORDS = 10;
export const MAX_SEARCH_ROWS = 10_000;

/** What a search reads of an event (never PostgreSQL's bookkeeping columns). */
export const EVENT_COLUMNS = 'e.seq, e.id, e.device_id, e."user", e.at, e.kind, e.source, e.requester, e.verdict, e.masked_text, e.findings_json, e.detail_json, e.received_at';

/** The SQL for one audit search on `engine`: the same filters, order and paging on both, so the same events. */
export function auditSearchSql(engine: SqlEngine, filters: AuditFilters): { sql: string; args: Array<string | number> } {
  return engine === 'sqlite' ? sqliteSearchSql(filters) : postgresSearchSql(filters);
}

const wordsOf = (filters: AuditFilters) => (filters.q ?? '').split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
const likePattern = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const limitOf = (filters: AuditFilters) => Math.min(Math.max(filters.limit ?? 100, 1), MAX_SEARCH_ROWS);

/** The filters every engine answers alike: a column equal to a value. */
function equalities(filters: AuditFilters, where: string[], args: Array<string | number>): void {
  const equal = (column: string, value: string | undefined) => {
    if (value !== undefined && value !== '') {
      where.push(`e.${column} = ?`);
      args.push(value);
    }
  };
  equal('"user"', filters.user);
  equal('device_id', filters.deviceId);
  equal('verdict', filters.verdict);
  equal('kind', filters.kind);
  equal('source', filters.source);
}

/**
 * PostgreSQL: each word is an `ILIKE` substring match, which `pg_trgm`'s GIN index on the masked text serves for
 * words of 3 or more characters (shorter ones are checked on the rows the other filters leave); a finding type is
 * an array containment the GIN index on `finding_types` serves. The planner picks which index drives the search;
 * paging is on `seq`, whose index every partition has.
 */
function postgresSearchSql(filters: AuditFilters): { sql: string; args: Array<string | number> } {
  const where: string[] = [];
  const args: Array<string | number> = [];
  for (const word of wordsOf(filters)) {
    where.push("e.masked_text ILIKE ? ESCAPE '\\'");
    args.push(likePattern(word));
  }
  equalities(filters, where, args);
  if (filters.findingType) {
    where.push('e.finding_types @> ARRAY[?]::text[]');
    args.push(filters.findingType);
  }
  const bound = (condition: string, value: number | undefined) => pushBound(where, args, condition, value);
  bound('e.at >= ?', filters.since);
  bound('e.at < ?', filters.until);
  bound('e.seq > ?', filters.afterSeq);
  bound('e.seq < ?', filters.beforeSeq);
  const direction = filters.afterSeq !== undefined ? 'ASC' : 'DESC';
  return {
    sql: `SELECT ${EVENT_COLUMNS} FROM audit_events e ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY e.seq ${direction} LIMIT ${limitOf(filters)}`,
    args,
  };
}

/**
 * SQLite: every filter is answered from an index: words of 3 or more characters from the
 * full-text index (`audit_text`), finding types from `audit_finding_types`, the rest from the per-column indexes.
 * Words shorter than that are matched with `LIKE` among the rows the other filters leave. All words must appear,
 * as substrings, case-insensitively, as before.
 */
function sqliteSearchSql(filters: AuditFilters): { sql: string; args: Array<string | number> } {
  const where: string[] = [];
  const args: Array<string | number> = [];
  const words = wordsOf(filters);
  const indexed = words.filter((word) => [...word].length >= TRIGRAM);
  for (const word of words.filter((w) => [...w].length < TRIGRAM)) {
    where.push("e.masked_text LIKE ? ESCAPE '\\'");
    args.push(likePattern(word));
  }
  equalities(filters, where, args);
  // Without words, a finding type drives the search from its own index in seq order, so a page of a common type
  // stops after `limit` rows; with words the full-text index drives and the type is looked up per candidate.
  const byType = filters.findingType && indexed.length === 0 ? filters.findingType : undefined;
  if (filters.findingType && !byType) {
    where.push('EXISTS (SELECT 1 FROM audit_finding_types f WHERE f.type = ? AND f.seq = e.seq)');
    args.push(filters.findingType);
  }
  const bound = (condition: string, value: number | undefined) => pushBound(where, args, condition, value);
  bound('e.at >= ?', filters.since);
  bound('e.at < ?', filters.until);
  // Paging bounds go on the index that drives the search, so a later page starts where the last one ended
  // instead of walking past every row before it.
  const key = indexed.length > 0 ? 'audit_text.rowid' : byType ? 'f.seq' : 'e.seq';
  bound(`${key} > ?`, filters.afterSeq);
  bound(`${key} < ?`, filters.beforeSeq);
  const direction = filters.afterSeq !== undefined ? 'ASC' : 'DESC';
  const limit = limitOf(filters);
  if (indexed.length > 0) {
    // Driven by the full-text index in seq order, so a page of a common word stops after `limit` rows.
    where.unshift('audit_text MATCH ?');
    args.unshift(indexed.map(phrase).join(' AND '));
    return {
      sql: `SELECT ${EVENT_COLUMNS} FROM audit_text JOIN audit_events e ON e.seq = audit_text.rowid WHERE ${where.join(' AND ')} ORDER BY audit_text.rowid ${direction} LIMIT ${limit}`,
      args,
    };
  }
  if (byType) {
    where.unshift('f.type = ?');
    args.unshift(byType);
    return {
      sql: `SELECT ${EVENT_COLUMNS} FROM audit_finding_types f JOIN audit_events e ON e.seq = f.seq WHERE ${where.join(' AND ')} ORDER BY f.seq ${direction} LIMIT ${limit}`,
      args,
    };
  }
  return { sql: `SELECT ${EVENT_COLUMNS} FROM audit_events e ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY e.seq ${direction} LIMIT ${limit}`, args };
}

/** A word as an FTS5 string: every character literal (quotes doubled), never query syntax. */
function phrase(word: string): string {
  return `"${word.replace(/"/g, '""')}"`;
}

/** Adds `condition` with its value when the filter was given. */
function pushBound(where: string[], args: Array<string | number>, condition: string, value: number | undefined): void {
  if (value !== undefined) {
    where.push(condition);
    args.push(value);
  }
}
