import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { faultOf } from '../log/faults';
import type { AuditEvent } from '@promptgate/shared';
import { fitsServer, truncatedAuditEvent } from './audit-event';

/** `{"events":[` and `]}` around a batch. */
const BATCH_ENVELOPE_BYTES = Buffer.byteLength('{"events":[]}');

/**
 * Events waiting to be shipped to the org server, in `<dataDir>/org-outbox.db`. An event leaves only after
 * the server acknowledged its batch, so a crash or an outage loses nothing; the server ignores ids it has,
 * so a batch sent twice (acknowledged, then crashed before removal) is not doubled.
 */
export class AuditOutbox {
  // TypeScript-private rather than #private: the disk-full test sets a page cap on this very connection.
  private readonly db: Database.Database;
  readonly #insert;
  readonly #peek;
  readonly #remove;
  /**
   * Events the disk refused (it is full), in order, written before anything newer once it takes them again.
   * The session log on the same disk refuses new decisions meanwhile, so this stays short.
   */
  readonly #unwritten: AuditEvent[] = [];

  constructor(dataDir: string) {
    const file = join(dataDir, 'org-outbox.db');
    closeSync(openSync(file, 'a', 0o600));
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec('CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL UNIQUE, body TEXT NOT NULL, queued_at INTEGER NOT NULL)');
    this.#insert = this.db.prepare('INSERT OR IGNORE INTO outbox (event_id, body, queued_at) VALUES (?, ?, ?)');
    this.#peek = this.db.prepare('SELECT seq, body FROM outbox ORDER BY seq LIMIT ?');
    this.#remove = this.db.prepare('DELETE FROM outbox WHERE seq <= ?');
  }

  /** Queues an event that is in the session log already: a full disk must not turn that decision into an error. */
  enqueue(event: AuditEvent): void {
    this.#unwritten.push(event);
    this.#writeUnwritten();
  }

  #writeUnwritten(): void {
    while (this.#unwritten.length > 0) {
      const next = this.#unwritten[0]!;
      try {
        this.#insert.run(next.id, JSON.stringify(next), Date.now());
      } catch (error) {
        if (faultOf(error) === 'disk_full') return;
        throw error;
      }
      this.#unwritten.shift();
    }
  }

  /**
   * The oldest events, in order, as many as fit in `maxBytes` of request body (and at most `limit`); `through`
   * is what to pass to `remove` once the server took them. An event too large for any batch on its own comes
   * as a truncated record that says so, so one event can never hold up the ones behind it.
   */
  peek(limit: number, maxBytes: number): { events: AuditEvent[]; through: number } | undefined {
    this.#writeUnwritten();
    const perEvent = maxBytes - BATCH_ENVELOPE_BYTES;
    const events: AuditEvent[] = [];
    let bytes = BATCH_ENVELOPE_BYTES;
    let through = 0;
    for (const row of this.#peek.iterate(limit) as IterableIterator<{ seq: number; body: string }>) {
      let event = JSON.parse(row.body) as AuditEvent;
      let size = Buffer.byteLength(row.body, 'utf8');
      if (!fitsServer(event, size, perEvent)) {
        event = truncatedAuditEvent(event, perEvent);
        size = Buffer.byteLength(JSON.stringify(event), 'utf8');
      }
      const separator = events.length > 0 ? 1 : 0;
      if (events.length > 0 && bytes + separator + size > maxBytes) break;
      events.push(event);
      bytes += separator + size;
      through = row.seq;
    }
    return events.length === 0 ? undefined : { events, through };
  }

  remove(through: number): void {
    this.#remove.run(through);
  }

  size(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number }).n + this.#unwritten.length;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
