import type { Migration } from './migrations';
import type { SqliteDatabase } from './sqlite';

/**
 * Session-log schema. `events` is the record: append-only, each row chained to the one before by `prev_hash`.
 * `sessions` is an index over events (first and last event time), so it may be updated.
 *
 * Retention must delete old events without breaking verification. Before deleting a prefix of the chain it
 * appends a `checkpoints` row holding the seq and hash of the last event it deletes; verification then starts
 * from the newest checkpoint and expects the first kept event to point at that hash. The triggers enforce the
 * order: a checkpoint must name a real event by its current hash, checkpoints only move forward, and DELETE on
 * events is refused for any seq a checkpoint does not cover. So ordinary code (or a bug) cannot delete or edit
 * a recorded decision; only retention can drop old ones, and it leaves a signed-off trace of what it dropped.
 *
 * Someone with raw write access to the file can drop triggers and rewrite the whole chain; the chain makes that
 * visible only against a copy of a hash kept elsewhere (the shipped outbox, an export).
 */
const v1: Migration = (db) => {
  db.exec(`
    CREATE TABLE sessions (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('chat', 'sdk')),
      source TEXT NOT NULL,
      conversation_id TEXT,
      started_at INTEGER NOT NULL,
      last_event_at INTEGER NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX sessions_by_conversation ON sessions (kind, source, conversation_id)
      WHERE conversation_id IS NOT NULL;
    CREATE INDEX sessions_by_last_event ON sessions (last_event_at);

    -- AUTOINCREMENT keeps seq values from being reused after retention empties the table, and its
    -- sqlite_sequence row remembers the highest seq ever written (verify uses it to notice a cut tail).
    CREATE TABLE events (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL UNIQUE,
      session_id TEXT NOT NULL REFERENCES sessions (id),
      at INTEGER NOT NULL,
      kind TEXT NOT NULL,
      source TEXT NOT NULL,
      requester TEXT,
      verdict TEXT NOT NULL CHECK (verdict IN ('allow', 'redact', 'warn', 'hold', 'block')),
      masked_text TEXT NOT NULL,
      findings TEXT NOT NULL,
      detail TEXT NOT NULL,
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL
    ) STRICT;
    CREATE INDEX events_by_session ON events (session_id, seq);
    CREATE INDEX events_by_time ON events (at);

    -- Finding types per event, so "sessions with an AWS key" is an index lookup, not a JSON scan.
    CREATE TABLE event_finding_types (
      seq INTEGER NOT NULL,
      type TEXT NOT NULL,
      PRIMARY KEY (type, seq)
    ) STRICT, WITHOUT ROWID;
    CREATE TRIGGER events_index_finding_types AFTER INSERT ON events BEGIN
      INSERT OR IGNORE INTO event_finding_types (seq, type)
        SELECT NEW.seq, json_extract(value, '$.type') FROM json_each(NEW.findings);
    END;
    CREATE TRIGGER events_unindex_finding_types AFTER DELETE ON events BEGIN
      DELETE FROM event_finding_types WHERE seq = OLD.seq;
    END;

    CREATE TABLE checkpoints (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at INTEGER NOT NULL,
      last_deleted_seq INTEGER NOT NULL,
      last_deleted_hash TEXT NOT NULL,
      deleted_count INTEGER NOT NULL
    ) STRICT;

    CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN
      SELECT RAISE(ABORT, 'events are append-only');
    END;
    CREATE TRIGGER events_delete_only_checkpointed BEFORE DELETE ON events
      WHEN OLD.seq > COALESCE((SELECT MAX(last_deleted_seq) FROM checkpoints), 0)
    BEGIN
      SELECT RAISE(ABORT, 'events are append-only; only retention may delete checkpointed events');
    END;
    CREATE TRIGGER checkpoints_follow_chain BEFORE INSERT ON checkpoints
      WHEN NEW.last_deleted_hash IS NOT (SELECT hash FROM events WHERE seq = NEW.last_deleted_seq)
        OR NEW.last_deleted_seq <= COALESCE((SELECT MAX(last_deleted_seq) FROM checkpoints), 0)
    BEGIN
      SELECT RAISE(ABORT, 'a checkpoint must name a newer existing event by its hash');
    END;
    CREATE TRIGGER checkpoints_no_update BEFORE UPDATE ON checkpoints BEGIN
      SELECT RAISE(ABORT, 'checkpoints are append-only');
    END;
    CREATE TRIGGER checkpoints_no_delete BEFORE DELETE ON checkpoints BEGIN
      SELECT RAISE(ABORT, 'checkpoints are append-only');
    END;
  `);
  if (hasFts5(db)) {
    // External-content FTS: the text lives once, in events; the index follows inserts and retention deletes.
    db.exec(`
      CREATE VIRTUAL TABLE events_fts USING fts5 (masked_text, content = 'events', content_rowid = 'seq');
      CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
        INSERT INTO events_fts (rowid, masked_text) VALUES (NEW.seq, NEW.masked_text);
      END;
      CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
        INSERT INTO events_fts (events_fts, rowid, masked_text) VALUES ('delete', OLD.seq, OLD.masked_text);
      END;
    `);
  }
};

/**
 * v2: the full-text index is filled behind the appends (see fts-index.ts) instead of by an insert trigger.
 * Deleting an event that was never indexed must not touch the index (FTS5 external content would be
 * corrupted by a 'delete' of content it never saw), hence the WHEN on the delete trigger.
 */
const v2: Migration = (db) => {
  if (!hasFullTextIndex(db)) return;
  db.exec(`
    DROP TRIGGER events_fts_insert;
    DROP TRIGGER events_fts_delete;
    CREATE TABLE fts_progress (id INTEGER PRIMARY KEY CHECK (id = 1), last_seq INTEGER NOT NULL);
    INSERT INTO fts_progress (id, last_seq) VALUES (1, (SELECT coalesce(max(seq), 0) FROM events));
    CREATE TRIGGER events_fts_delete AFTER DELETE ON events
      WHEN OLD.seq <= (SELECT last_seq FROM fts_progress)
    BEGIN
      INSERT INTO events_fts (events_fts, rowid, masked_text) VALUES ('delete', OLD.seq, OLD.masked_text);
    END;
  `);
};

export const SESSION_LOG_MIGRATIONS: readonly Migration[] = [v1, v2];

function hasFts5(db: SqliteDatabase): boolean {
  return db.prepare("SELECT sqlite_compileoption_used('ENABLE_FTS5') AS on_").pluck().get() === 1;
}

/** Whether this database has the full-text index (older or stripped SQLite builds fall back to LIKE). */
export function hasFullTextIndex(db: SqliteDatabase): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events_fts'").get() !== undefined;
}
