import { randomUUID } from 'node:crypto';
import type { Db } from '../db/open-db';
import type { Device } from '../auth/principal';
import type { Rule } from '@promptgate/shared';
import { customRulesOf, rescanEvent } from './rescan';
import type { AuditEvent } from '@promptgate/shared';
import { auditSearchSql } from './search-query';
import type { AuditFilters, StoredAuditEvent } from './types';

/** The `deviceId` of events the server records itself. */
export const SERVER_DEVICE_ID = 'server';
const SERVER_DEVICE: Device = { id: SERVER_DEVICE_ID, name: 'promptgate-server', user: '(server)', groups: [] };

interface Row {
  seq: number;
  id: string;
  device_id: string;
  user: string;
  at: number;
  kind: AuditEvent['kind'];
  source: string;
  requester: string | null;
  verdict: AuditEvent['verdict'];
  masked_text: string;
  findings_json: string;
  detail_json: string;
  received_at: number;
}

/** Audit events from every gateway. Ingest is idempotent on the event id, so a retried batch never doubles. */
export class AuditStore {
  readonly #listeners = new Set<() => void>();
  readonly #insert;
  readonly #deleteBefore;

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
    /** The org's custom detectors, run with the built-in ones over every ingested text. */
    private readonly customRules: () => readonly Rule[] = customRulesOf(db),
  ) {
    this.#insert = db.prepare(
      `INSERT OR IGNORE INTO audit_events (id, device_id, user, at, kind, source, requester, verdict, masked_text, findings_json, detail_json, received_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#deleteBefore = db.prepare('DELETE FROM audit_events WHERE seq IN (SELECT seq FROM audit_events WHERE at < ? AND seq <= ? ORDER BY at LIMIT ?)');
  }

  /**
   * One transaction per batch: all of it is stored or none. Each masked text is scanned again first, and a
   * value the gateway missed is masked before it is stored (counted in the event's `detail.serverMasked`).
   */
  ingest(device: Device, events: readonly AuditEvent[]): { accepted: number; duplicates: number } {
    const rules = this.customRules();
    return this.#store(
      device,
      events.map((event) => rescanEvent(event, rules)),
    );
  }

  #store(device: Device, events: readonly AuditEvent[]): { accepted: number; duplicates: number } {
    const receivedAt = this.now();
    const accepted = this.db.transaction(() => {
      let count = 0;
      for (const e of events) {
        count += this.#insert.run(
          e.id,
          device.id,
          device.user,
          e.at,
          e.kind,
          e.source,
          e.requester,
          e.verdict,
          e.maskedText,
          JSON.stringify(e.findings),
          JSON.stringify(e.detail),
          receivedAt,
        ).changes;
      }
      return count;
    })();
    if (accepted > 0) for (const listener of this.#listeners) listener();
    return { accepted, duplicates: events.length - accepted };
  }

  /**
   * An event the server itself observed (a failed sign-in, a throttled address): stored with the gateways'
   * events under the device id `server`, so audit search and the SIEM see it.
   */
  recordServerEvent(input: { requester: string | null; verdict: AuditEvent['verdict']; text: string; detail: Record<string, unknown> }): void {
    this.#store(SERVER_DEVICE, [
      {
        id: randomUUID(),
        at: this.now(),
        kind: 'notice',
        source: 'promptgate-server',
        requester: input.requester,
        verdict: input.verdict,
        maskedText: input.text,
        findings: [],
        detail: input.detail,
      },
    ]);
  }

  search(filters: AuditFilters = {}): StoredAuditEvent[] {
    const { sql, args } = auditSearchSql(filters);
    return (this.db.prepare(sql).all(...args) as Row[]).map(toEvent);
  }

  /**
   * Deletes up to `batch` events that happened before `cutoff` and were stored at or before `upToSeq` (what a
   * SIEM has been sent), oldest first; returns how many. Retention calls it again and again, so no single delete
   * holds the database for long.
   */
  deleteBefore(cutoff: number, batch: number, upToSeq: number = Number.MAX_SAFE_INTEGER): number {
    return this.#deleteBefore.run(cutoff, upToSeq, batch).changes;
  }

  /** Values the server masked at ingest because a gateway let them through: how many, in how many events. */
  serverMaskedStats(): { events: number; values: number } {
    const row = this.db
      .prepare(
        "SELECT COUNT(*) AS events, COALESCE(SUM(json_extract(detail_json, '$.serverMasked.count')), 0) AS vals FROM audit_events WHERE json_extract(detail_json, '$.serverMasked.count') > 0",
      )
      .get() as { events: number; vals: number };
    return { events: row.events, values: row.vals };
  }

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM audit_events').get() as { n: number }).n;
  }

  /** Called after each batch that stored something (forwarders wake up). */
  onIngest(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

function toEvent(row: Row): StoredAuditEvent {
  return {
    seq: row.seq,
    id: row.id,
    deviceId: row.device_id,
    user: row.user,
    at: row.at,
    kind: row.kind,
    source: row.source,
    requester: row.requester,
    verdict: row.verdict,
    maskedText: row.masked_text,
    findings: JSON.parse(row.findings_json) as AuditEvent['findings'],
    detail: JSON.parse(row.detail_json) as Record<string, unknown>,
    receivedAt: row.received_at,
  };
}
