import type { AuditFilters } from './types';

/** FTS5's trigram tokenizer indexes 3-character runs: a shorter word cannot be looked up in it. */
const TRIGRAM = 3;
const MAX_WORDS = 10;
export const MAX_SEARCH_ROWS = 10_000;

/**
 * The SQL for one audit search. Every filter is answered from an index: words of 3 or more characters from the
 * full-text index (`audit_text`), finding types from `audit_finding_types`, the rest from the per-column indexes.
 * Words shorter than that are matched with `LIKE` among the rows the other filters leave. All words must appear,
 * as substrings, case-insensitively, as before.
 */
export function auditSearchSql(filters: AuditFilters): { sql: string; args: Array<string | number> } {
  const where: string[] = [];
  const args: Array<string | number> = [];
  const words = (filters.q ?? '').split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  const indexed = words.filter((word) => [...word].length >= TRIGRAM);
  for (const word of words.filter((w) => [...w].length < TRIGRAM)) {
    where.push("e.masked_text LIKE ? ESCAPE '\\'");
    args.push(`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  const equal = (column: string, value: string | undefined) => {
    if (value !== undefined && value !== '') {
      where.push(`e.${column} = ?`);
      args.push(value);
    }
  };
  equal('user', filters.user);
  equal('device_id', filters.deviceId);
  equal('verdict', filters.verdict);
  equal('kind', filters.kind);
  equal('source', filters.source);
  // Without words, a finding type drives the search from its own index in seq order, so a page of a common type
  // stops after `limit` rows; with words the full-text index drives and the type is looked up per candidate.
  const byType = filters.findingType && indexed.length === 0 ? filters.findingType : undefined;
  if (filters.findingType && !byType) {
    where.push('EXISTS (SELECT 1 FROM audit_finding_types f WHERE f.type = ? AND f.seq = e.seq)');
    args.push(filters.findingType);
  }
  const bound = (condition: string, value: number | undefined) => {
    if (value !== undefined) {
      where.push(condition);
      args.push(value);
    }
  };
  bound('e.at >= ?', filters.since);
  bound('e.at < ?', filters.until);
  // Paging bounds go on the index that drives the search, so a later page starts where the last one ended
  // instead of walking past every row before it.
  const key = indexed.length > 0 ? 'audit_text.rowid' : byType ? 'f.seq' : 'e.seq';
  bound(`${key} > ?`, filters.afterSeq);
  bound(`${key} < ?`, filters.beforeSeq);
  const direction = filters.afterSeq !== undefined ? 'ASC' : 'DESC';
  const limit = Math.min(Math.max(filters.limit ?? 100, 1), MAX_SEARCH_ROWS);
  if (indexed.length > 0) {
    // Driven by the full-text index in seq order, so a page of a common word stops after `limit` rows.
    where.unshift('audit_text MATCH ?');
    args.unshift(indexed.map(phrase).join(' AND '));
    return {
      sql: `SELECT e.* FROM audit_text JOIN audit_events e ON e.seq = audit_text.rowid WHERE ${where.join(' AND ')} ORDER BY audit_text.rowid ${direction} LIMIT ${limit}`,
      args,
    };
  }
  if (byType) {
    where.unshift('f.type = ?');
    args.unshift(byType);
    return {
      sql: `SELECT e.* FROM audit_finding_types f JOIN audit_events e ON e.seq = f.seq WHERE ${where.join(' AND ')} ORDER BY f.seq ${direction} LIMIT ${limit}`,
      args,
    };
  }
  return { sql: `SELECT e.* FROM audit_events e ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY e.seq ${direction} LIMIT ${limit}`, args };
}

/** A word as an FTS5 string: every character literal (quotes doubled), never query syntax. */
function phrase(word: string): string {
  return `"${word.replace(/"/g, '""')}"`;
}
