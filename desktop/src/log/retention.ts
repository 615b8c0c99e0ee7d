import { InvalidArgumentError } from './errors';
import { catchUpFullTextIndex } from './fts-index';
import { hasFullTextIndex } from './schema';
import type { SqliteDatabase } from './sqlite';
import type { RetentionResult } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes events older than `days`, always a prefix of the chain: it stops at the first event that is
 * young enough, so an out-of-order clock can keep an old event a little longer but never leaves a hole.
 * The checkpoint row goes in first, holding the hash of the last deleted event: the schema's triggers only
 * let DELETE touch events a checkpoint covers, and verification resumes from that hash.
 */
export function applyRetention(db: SqliteDatabase, days: number, now: number): RetentionResult {
  if (!(days > 0) || !Number.isFinite(days)) throw new InvalidArgumentError('retention days must be a positive number');
  const cutoff = now - days * DAY_MS;
  const pluckNumber = (sql: string, ...params: number[]): number | null =>
    db
      .prepare<number[], number | null>(sql)
      .pluck()
      .get(...params) ?? null;

  // Deleted events must be in the index first, so their index entries go with them.
  if (hasFullTextIndex(db)) catchUpFullTextIndex(db);
  return db
    .transaction((): RetentionResult => {
      const firstKept = pluckNumber('SELECT MIN(seq) FROM events WHERE at >= ?', cutoff);
      const lastDeleted = firstKept === null ? pluckNumber('SELECT MAX(seq) FROM events') : pluckNumber('SELECT MAX(seq) FROM events WHERE seq < ?', firstKept);
      if (lastDeleted === null) return { deletedEvents: 0, deletedSessions: 0, checkpointSeq: null };

      db.prepare(
        `INSERT INTO checkpoints (at, last_deleted_seq, last_deleted_hash, deleted_count)
         SELECT ?, ?, (SELECT hash FROM events WHERE seq = ?), (SELECT COUNT(*) FROM events WHERE seq <= ?)`,
      ).run(now, lastDeleted, lastDeleted, lastDeleted);
      const deletedEvents = db.prepare('DELETE FROM events WHERE seq <= ?').run(lastDeleted).changes;
      const deletedSessions = db.prepare('DELETE FROM sessions WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.session_id = sessions.id)').run().changes;
      // A session that lost its first events now starts at its oldest kept one.
      db.prepare('UPDATE sessions SET started_at = (SELECT MIN(at) FROM events e WHERE e.session_id = sessions.id) WHERE started_at < ?').run(cutoff);
      return { deletedEvents, deletedSessions, checkpointSeq: lastDeleted };
    })
    .immediate();
}
