/** Schema migrations, applied in order; `user_version` records how many ran. Never edit one that shipped. */
export const SERVER_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE signing_keys (
    kid TEXT PRIMARY KEY,
    private_jwk TEXT NOT NULL,
    public_jwk TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    retired_at INTEGER,
    -- The new key's public JWK signed by the key it replaced, so gateways that pinned the old key can trust it.
    endorsement TEXT
  );
  CREATE TABLE policy_versions (
    version INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    format TEXT NOT NULL CHECK (format IN ('yaml', 'json')),
    policy_json TEXT NOT NULL,
    author TEXT NOT NULL,
    comment TEXT NOT NULL,
    created_at INTEGER NOT NULL,
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
    created_at INTEGER NOT NULL
  );
  CREATE TABLE enrollment_codes (
    code_hash TEXT PRIMARY KEY,
    user TEXT NOT NULL,
    groups_json TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
  );
  CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    user TEXT NOT NULL,
    groups_json TEXT NOT NULL,
    enrolled_at INTEGER NOT NULL,
    last_seen_at INTEGER,
    revoked_at INTEGER
  );
  CREATE TABLE approvals (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL REFERENCES devices(id),
    local_id TEXT NOT NULL,
    user TEXT NOT NULL,
    requester TEXT NOT NULL,
    site TEXT NOT NULL,
    session_kind TEXT NOT NULL,
    masked_json TEXT NOT NULL,
    findings_json TEXT NOT NULL,
    allow_self_approval INTEGER NOT NULL,
    status TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    decided_by TEXT,
    reason TEXT,
    decided_at INTEGER,
    UNIQUE (device_id, local_id)
  );
  CREATE INDEX approvals_status ON approvals(status, created_at);
  CREATE TABLE audit_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    device_id TEXT NOT NULL,
    user TEXT NOT NULL,
    at INTEGER NOT NULL,
    kind TEXT NOT NULL,
    source TEXT NOT NULL,
    requester TEXT,
    verdict TEXT NOT NULL,
    masked_text TEXT NOT NULL,
    findings_json TEXT NOT NULL,
    detail_json TEXT NOT NULL,
    received_at INTEGER NOT NULL
  );
  CREATE INDEX audit_at ON audit_events(at);
  CREATE TABLE forward_cursor (
    name TEXT PRIMARY KEY,
    seq INTEGER NOT NULL
  );
  `,
  // A rotation can retire a key as compromised: gateways then refuse anything it signs.
  `ALTER TABLE signing_keys ADD COLUMN compromised_at INTEGER;`,
  // The audit trail at scale: an index for each filter the admin UI and API offer (newest first within it), the
  // finding types of each event in their own table (a JSON scan cannot use an index), and full-text search on
  // the masked text with FTS5's trigram tokenizer, which matches any substring of 3 or more characters like the
  // `LIKE '%word%'` it replaces. Triggers keep both in step with every insert and delete; existing events are
  // indexed here, once.
  `
  CREATE INDEX audit_user ON audit_events(user, seq);
  CREATE INDEX audit_device ON audit_events(device_id, seq);
  CREATE INDEX audit_verdict ON audit_events(verdict, seq);
  CREATE INDEX audit_kind ON audit_events(kind, seq);
  CREATE INDEX audit_source ON audit_events(source, seq);
  CREATE TABLE audit_finding_types (
    type TEXT NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (type, seq)
  ) WITHOUT ROWID;
  INSERT OR IGNORE INTO audit_finding_types (type, seq)
    SELECT json_extract(f.value, '$.type'), e.seq FROM audit_events e, json_each(e.findings_json) f
    WHERE json_extract(f.value, '$.type') IS NOT NULL;
  CREATE TRIGGER audit_finding_types_insert AFTER INSERT ON audit_events BEGIN
    INSERT OR IGNORE INTO audit_finding_types (type, seq)
      SELECT json_extract(value, '$.type'), new.seq FROM json_each(new.findings_json) WHERE json_extract(value, '$.type') IS NOT NULL;
  END;
  CREATE TRIGGER audit_finding_types_delete AFTER DELETE ON audit_events BEGIN
    DELETE FROM audit_finding_types
      WHERE seq = old.seq AND type IN (SELECT json_extract(value, '$.type') FROM json_each(old.findings_json));
  END;
  CREATE VIRTUAL TABLE audit_text USING fts5(masked_text, content = 'audit_events', content_rowid = 'seq', tokenize = 'trigram');
  INSERT INTO audit_text (audit_text) VALUES ('rebuild');
  CREATE TRIGGER audit_text_insert AFTER INSERT ON audit_events BEGIN
    INSERT INTO audit_text (rowid, masked_text) VALUES (new.seq, new.masked_text);
  END;
  CREATE TRIGGER audit_text_delete AFTER DELETE ON audit_events BEGIN
    INSERT INTO audit_text (audit_text, rowid, masked_text) VALUES ('delete', old.seq, old.masked_text);
  END;
  `,
  // The admin device list pages newest first: an index in that order, so a page is read, not the whole fleet sorted.
  `CREATE INDEX devices_enrolled ON devices(enrolled_at DESC, id);`,
];
