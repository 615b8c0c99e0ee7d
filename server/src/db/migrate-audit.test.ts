import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AuditStore } from '../audit/audit-store';
import { LocalChangeBus } from './change-bus';
import { openSqlite } from './open-database';
import { SERVER_MIGRATIONS } from './schema';

describe('upgrading a SQLite database made before the audit indexes', () => {
  it('events stored before the upgrade are found by word and by finding type, and new ones too', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pg-server-upgrade-'));
    const old = new Database(join(dataDir, 'server.db'));
    for (const [version, migration] of SERVER_MIGRATIONS.slice(0, 2).entries()) {
      old.exec(migration);
      old.pragma(`user_version = ${version + 1}`);
    }
    old
      .prepare(
        `INSERT INTO audit_events (id, device_id, user, at, kind, source, requester, verdict, masked_text, findings_json, detail_json, received_at)
         VALUES ('e1', 'dev-1', 'kim@example.com', 5, 'inspect', 'claude.ai', NULL, 'redact', 'the Release codename X_1', ?, '{}', 6)`,
      )
      .run(JSON.stringify([{ type: 'custom:codename', category: 'custom', start: 21, end: 24, placeholder: 'X_1', valueHash: null }]));
    old.close();

    const db = openSqlite(dataDir);
    expect(db.handle.pragma('user_version', { simple: true })).toBe(SERVER_MIGRATIONS.length);
    const store = new AuditStore(db, new LocalChangeBus(), () => 10);
    await store.ingest({ id: 'dev-2', name: 'pc', user: 'lee@example.com', groups: [] }, [
      { id: 'e2', at: 7, kind: 'inspect', source: 'claude.ai', requester: null, verdict: 'allow', maskedText: 'release notes', findings: [], detail: {} },
    ]);
    expect((await store.search({ q: 'release' })).map((e) => e.id)).toEqual(['e2', 'e1']);
    expect((await store.search({ q: 'codename' })).map((e) => e.id)).toEqual(['e1']);
    expect((await store.search({ findingType: 'custom:codename' })).map((e) => e.id)).toEqual(['e1']);
    await db.close();
  });
});
