import { InvalidArgumentError } from './errors';
import type { EventFilters } from './types';

/** A WHERE fragment over `events e` and its parameters, in order. */
export interface SqlWhere {
  sql: string;
  params: Array<string | number>;
}

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;

/**
 * Turns filters into SQL over `events e`. Values are always bound, never spliced in; `hasFts` picks the
 * full-text index or a LIKE scan for the text search.
 */
export function eventWhere(filters: EventFilters, hasFts: boolean): SqlWhere {
  const clauses: string[] = [];
  const params: Array<string | number> = [];
  const add = (sql: string, ...values: Array<string | number>): void => {
    clauses.push(sql);
    params.push(...values);
  };
  const words = searchWords(filters.search);
  if (words.length > 0) {
    if (hasFts) add('e.seq IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)', ftsQuery(words));
    else for (const word of words) add("e.masked_text LIKE ? ESCAPE '\\'", `%${word.replace(/[\\%_]/g, '\\$&')}%`);
  }
  if (filters.sessionId !== undefined) add('e.session_id = ?', filters.sessionId);
  if (filters.site !== undefined) add('e.source = ?', filters.site);
  if (filters.verdict !== undefined) add('e.verdict = ?', filters.verdict);
  if (filters.kind !== undefined) add('e.kind = ?', filters.kind);
  if (filters.findingType !== undefined) {
    add('EXISTS (SELECT 1 FROM event_finding_types t WHERE t.type = ? AND t.seq = e.seq)', filters.findingType);
  }
  if (filters.since !== undefined) add('e.at >= ?', time(filters.since, 'since'));
  if (filters.until !== undefined) add('e.at < ?', time(filters.until, 'until'));
  return { sql: clauses.length > 0 ? clauses.join(' AND ') : '1', params };
}

export function page(filters: { limit?: number; offset?: number }): { limit: number; offset: number } {
  const limit = filters.limit ?? DEFAULT_LIMIT;
  const offset = filters.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw new InvalidArgumentError(`limit must be 1..${MAX_LIMIT}`);
  if (!Number.isInteger(offset) || offset < 0) throw new InvalidArgumentError('offset must be a non-negative integer');
  return { limit, offset };
}

function searchWords(search: string | undefined): string[] {
  return (search ?? '').split(/\s+/).filter((w) => w.length > 0);
}

/**
 * Each word becomes a quoted FTS5 phrase with a prefix star: what the person typed is matched as text,
 * never parsed as FTS syntax (so `AND`, `"` or `*` in a search cannot break or widen the query).
 */
export function ftsQuery(words: readonly string[]): string {
  return words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' ');
}

function time(value: number, field: string): number {
  if (!Number.isFinite(value)) throw new InvalidArgumentError(`${field} must be a time in ms`);
  return value;
}
