import type { SqliteDatabase } from './sqlite';

/** Warnings since a time, split by whether the person answered them. */
export interface WarnOutcomes {
  /** A `choice` event names the warning: sent redacted, sent the original, went back to edit, or cancelled. */
  answered: number;
  /**
   * No choice recorded: the person has not answered (yet) or closed the tab, or the prompt came from an SDK
   * client, which has no one to ask and sends the redacted version.
   */
  unanswered: number;
}

// A choice is recorded in the warning's own session (same site and conversation), after it, naming it by id
// in its detail; looking only there keeps this an index walk per warning, not a scan of every choice.
const WARN_OUTCOMES_SQL = `
  SELECT COUNT(*) AS warned,
    COALESCE(SUM(EXISTS (
      SELECT 1 FROM events c
      WHERE c.session_id = w.session_id AND c.seq > w.seq AND c.kind = 'choice'
        AND json_extract(c.detail, '$.inspectEventId') = w.id
    )), 0) AS answered
  FROM events w
  WHERE w.kind = 'inspect' AND w.verdict = 'warn' AND w.at >= ?`;

export function countWarnOutcomes(db: SqliteDatabase, sinceMs: number): WarnOutcomes {
  const row = db.prepare<[number], { warned: number; answered: number }>(WARN_OUTCOMES_SQL).get(sinceMs);
  const warned = row?.warned ?? 0;
  const answered = row?.answered ?? 0;
  return { answered, unanswered: warned - answered };
}
