import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { AuditEventOut } from './audit-event';

/**
 * Events waiting to be shipped to the org server, in `<dataDir>/org-outbox.db`. An event leaves only after
 * the server acknowledged its batch, so a crash or an outage loses nothing; the server ignores ids it has,
 * so a batch sent twice (acknowledged, then crashed before removal) is not doubled.
 */
export class AuditOutbox {
  readonly #db: Database.Database;
  readonly #insert;
  readonly #peek;
  readonly #remove;

  constructor(dataDir: string) {
    const file = join(dataDir, 'org-outbox.db');
    closeSync(openSync(file, 'a', 0o600));
    this.#db = new Database(file);
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('synchronous = NORMAL');
    this.#db.pragma('busy_timeout = 5000');
    this.#db.exec('CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL UNIQUE, body TEXT NOT NULL, queued_at INTEGER NOT NULL)');
    this.#insert = this.#db.prepare('INSERT OR IGNORE INTO outbox (event_id, body, queued_at) VALUES (?, ?, ?)');
    this.#peek = this.#db.prepare('SELECT seq, body FROM outbox ORDER BY seq LIMIT ?');
    this.#remove = this.#db.prepare('DELETE FROM outbox WHERE seq <= ?');
  }

  enqueue(event: AuditEventOut): void {
    this.#insert.run(event.id, JSON.stringify(event), Date.now());
  }

  /** The oldest events, in order; `through` is what to pass to `remove` once the server took them. */
  peek(limit: number): { events: AuditEventOut[]; through: number } | undefined {
    const rows = this.#peek.all(limit) as Array<{ seq: number; body: string }>;
    if (rows.length === 0) return undefined;
    return { events: rows.map((row) => JSON.parse(row.body) as AuditEventOut), through: rows.at(-1)!.seq };
  }

  remove(through: number): void {
    this.#remove.run(through);
  }

  size(): number {
    return (this.#db.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number }).n;
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }
}
