/**
 * PostgreSQL's schema migrations, applied in order (`schema_migrations` records which ran). Never edit one that
 * shipped. The tables match SQLite's (`schema.ts`) column for column, with these differences, each for scale:
 * - `audit_events` is partitioned by day of `at` (retention drops a whole day at once), with a default partition
 *   for the odd event whose day has none; its `seq` comes from a sequence and `tx` records the writing
 *   transaction, which makes a commit-safe cursor for the SIEM (sequence values are not commit order).
 * - an event's finding types are an array column with a GIN index, where SQLite keeps a side table.
 * - full-text search is `pg_trgm`'s trigram index, which matches any substring of 3 or more characters,
 *   case-insensitively, exactly as SQLite's FTS5 trigram index does.
 * - uniqueness of an event id is per `at` (a partitioned table's unique keys must hold its partition key): a
 *   gateway that retries a batch resends each event with the same id and time, so retries still never double.
 */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  `
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE TABLE signing_keys (
    kid TEXT PRIMARY KEY,
    private_jwk TEXT NOT NULL,
    public_jwk TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    retired_at BIGINT,
    endorsement TEXT,
    compromised_at BIGINT
  );
  CREATE TABLE policy_versions (
    version INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    format TEXT NOT NULL CHECK (format IN ('yaml', 'json')),
    policy_json TEXT NOT NULL,
    author TEXT NOT NULL,
    comment TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    rollback_of INTEGER
  );
  CREATE TABLE bundles (
    version INTEGER PRIMARY KEY REFERENCES policy_versions(version),
    kid TEXT NOT NULL,
    jws TEXT NOT NULL,
    etag TEXT NOT NULL
  );
  CREATE TABLE admin_tokens (
    token_hash TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL
  );
  CREATE TABLE enrollment_codes (
    code_hash TEXT PRIMARY KEY,
    "user" TEXT NOT NULL,
    groups_json TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
  );
  CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    "user" TEXT NOT NULL,
    groups_json TEXT NOT NULL,
    enrolled_at BIGINT NOT NULL,
    last_seen_at BIGINT,
    revoked_at BIGINT
  );
  CREATE TABLE approvals (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL REFERENCES devices(id),
    local_id TEXT NOT NULL,
    "user" TEXT NOT NULL,
    requester TEXT NOT NULL,
    site TEXT NOT NULL,
    session_kind TEXT NOT NULL,
    masked_json TEXT NOT NULL,
    findings_json TEXT NOT NULL,
    allow_self_approval INTEGER NOT NULL,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    decided_by TEXT,
    reason TEXT,
    decided_at BIGINT,
    UNIQUE (device_id, local_id)
  );
  CREATE INDEX approvals_status ON approvals(status, created_at);
  CREATE SEQUENCE audit_events_seq AS BIGINT;
  CREATE TABLE audit_events (
    seq BIGINT NOT NULL DEFAULT nextval('audit_events_seq'),
    tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
    id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    "user" TEXT NOT NULL,
    at BIGINT NOT NULL,
    kind TEXT NOT NULL,
    source TEXT NOT NULL,
    requester TEXT,
    verdict TEXT NOT NULL,
    masked_text TEXT NOT NULL,
    findings_json TEXT NOT NULL,
    detail_json TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    finding_types TEXT[] NOT NULL DEFAULT '{}',
    UNIQUE (id, at)
  ) PARTITION BY RANGE (at);
  CREATE TABLE audit_events_default PARTITION OF audit_events DEFAULT;
  CREATE INDEX audit_seq ON audit_events(seq);
  CREATE INDEX audit_at ON audit_events(at);
  CREATE INDEX audit_tx ON audit_events(tx, seq);
  CREATE INDEX audit_user ON audit_events("user", seq);
  CREATE INDEX audit_device ON audit_events(device_id, seq);
  CREATE INDEX audit_verdict ON audit_events(verdict, seq);
  CREATE INDEX audit_kind ON audit_events(kind, seq);
  CREATE INDEX audit_source ON audit_events(source, seq);
  CREATE INDEX audit_finding_types ON audit_events USING GIN (finding_types);
  CREATE INDEX audit_text ON audit_events USING GIN (masked_text gin_trgm_ops);
  CREATE TABLE forward_cursor (
    name TEXT PRIMARY KEY,
    seq BIGINT NOT NULL,
    tx xid8 NOT NULL DEFAULT '0'
  );
  `,
  // The admin device list pages newest first: an index in that order, so a page is read, not the whole fleet sorted.
  `CREATE INDEX devices_enrolled ON devices(enrolled_at DESC, id);`,
];
