import { randomUUID } from 'node:crypto';
import type { AuditEvent, Rule } from '@promptgate/shared';
import type { Device } from '../auth/principal';
import type { ChangeBus } from '../db/change-bus';
import { coalescedPublisher } from '../db/coalesced-publish';
import { WriteCoalescer } from '../db/write-coalescer';
import type { SqlDatabase } from '../db/sql';
import { DayPartitions } from './day-partitions';
import { cursorCondition, type ForwardCursor } from './forward-cursor';
import { dropDaysBefore } from './partition-retention';
import { customRulesOf, rescanEvent } from './rescan';
import { auditSearchSql, EVENT_COLUMNS } from './search-query';
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

const SQLITE_INSERT = `INSERT INTO audit_events (id, device_id, "user", at, kind, source, requester, verdict, masked_text, findings_json, detail_json, received_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`;

// One statement for whole batches, whatever their size (one prepared shape): the events arrive as one JSON array
// of records, each with its device. Texts that are JSON stay text (stored as the gateway's JSON was written, as on
// SQLite). Ids are unique per time on a partitioned table (see the schema); a retried batch resends both unchanged.
const POSTGRES_INSERT = `INSERT INTO audit_events (id, device_id, "user", at, kind, source, requester, verdict, masked_text, findings_json, detail_json, received_at, finding_types)
  SELECT b.id, b.device_id, b."user", b.at, b.kind, b.source, b.requester, b.verdict, b.masked_text, b.findings_json, b.detail_json, b.received_at, b.types
  FROM jsonb_to_recordset(?::jsonb) AS b(id text, device_id text, "user" text, at bigint, kind text, source text, requester text, verdict text,
    masked_text text, findings_json text, detail_json text, received_at bigint, types text[])
  ON CONFLICT (id, at) DO NOTHING`;

/** A batch to store on PostgreSQL, as one gateway sent it. */
interface PostgresWrite {
  device: Device;
  events: readonly AuditEvent[];
  receivedAt: number;
}

/**
 * Statements storing audit batches under way at once per server process; batches that arrive meanwhile are stored
 * together by the next one (see `WriteCoalescer`), in statements of at most `MERGED_EVENTS` events.
 */
const INSERTS_IN_FLIGHT = 2;
const MERGED_EVENTS = 2000;

/** Stored batches are announced on the change bus at most this often (the first of a burst at once). */
const ANNOUNCE_MS = 50;

/**
 * Audit events from every gateway. Ingest is idempotent on the event id, so a retried batch never doubles. Stored
 * batches are announced on the change bus ('audit'), so a SIEM forwarder on any replica wakes; a burst of
 * batches is announced once per 50 ms rather than once per batch.
 */
export class AuditStore {
  readonly #partitions: DayPartitions | undefined;
  readonly #announcer: { announce: () => void; close: () => void };
  readonly #postgresWrites = new WriteCoalescer<PostgresWrite, number>((writes) => this.#insertPostgres(writes), {
    maxInFlight: INSERTS_IN_FLIGHT,
    maxSize: MERGED_EVENTS,
    sizeOf: (write) => write.events.length,
  });

  constructor(
    private readonly db: SqlDatabase,
    bus: ChangeBus,
    private readonly now: () => number = Date.now,
    /** The org's custom detectors, run with the built-in ones over every ingested text. */
    private readonly customRules: () => Promise<readonly Rule[]> = customRulesOf(db, bus),
    /** Told once of a day whose events must stay in PostgreSQL's default partition, and of a failed announcement. */
    warn: (message: string) => void = (message) => console.warn(`promptgate-server: ${message}`),
  ) {
    this.#partitions = db.engine === 'postgres' ? new DayPartitions(db, now, warn) : undefined;
    // A failed announcement loses no event: the forwarder reads from its cursor when it next wakes.
    this.#announcer = coalescedPublisher(bus, 'audit', ANNOUNCE_MS, (error) => warn(`could not announce new audit events: ${String(error)}`));
  }

  /**
   * One transaction per batch: all of it is stored or none. Each masked text is scanned again first, and a
   * value the gateway missed is masked before it is stored (counted in the event's `detail.serverMasked`).
   */
  async ingest(device: Device, events: readonly AuditEvent[]): Promise<{ accepted: number; duplicates: number }> {
    const rules = await this.customRules();
    return this.#store(
      device,
      events.map((event) => rescanEvent(event, rules)),
    );
  }

  async #store(device: Device, events: readonly AuditEvent[]): Promise<{ accepted: number; duplicates: number }> {
    const receivedAt = this.now();
    const accepted = this.db.engine === 'sqlite' ? await this.#storeSqlite(device, events, receivedAt) : await this.#storePostgres(device, events, receivedAt);
    if (accepted > 0) this.#announcer.announce();
    return { accepted, duplicates: events.length - accepted };
  }

  #storeSqlite(device: Device, events: readonly AuditEvent[], receivedAt: number): Promise<number> {
    return this.db.transaction(async (tx) => {
      let count = 0;
      for (const e of events) {
        const { changes } = await tx.run(SQLITE_INSERT, [
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
        ]);
        count += changes;
      }
      return count;
    });
  }

  /**
   * One statement is one transaction: each batch is stored whole or not at all, alone or with the batches of other
   * gateways that arrived while the database was busy (a statement the database refuses is tried again batch by
   * batch, so one bad batch never fails another's).
   */
  #storePostgres(device: Device, events: readonly AuditEvent[], receivedAt: number): Promise<number> {
    return this.#postgresWrites.write({ device, events, receivedAt });
  }

  /** How many events of each write were new. An event twice in the same statement counts for the first write that sent it. */
  async #insertPostgres(writes: readonly PostgresWrite[]): Promise<number[]> {
    await this.#partitions!.ensure(writes.flatMap((write) => write.events.map((e) => e.at)));
    const rows = writes.flatMap(({ device, events, receivedAt }) =>
      events.map((e) => ({
        id: e.id,
        device_id: device.id,
        user: device.user,
        at: e.at,
        kind: e.kind,
        source: e.source,
        requester: e.requester,
        verdict: e.verdict,
        masked_text: e.maskedText,
        findings_json: JSON.stringify(e.findings),
        detail_json: JSON.stringify(e.detail),
        received_at: receivedAt,
        types: [...new Set(e.findings.map((f) => f.type))],
      })),
    );
    if (writes.length === 1) return [(await this.db.run(POSTGRES_INSERT, [JSON.stringify(rows)])).changes];
    const stored = await this.db.all<{ id: string; at: number }>(`${POSTGRES_INSERT} RETURNING id, at`, [JSON.stringify(rows)]);
    const fresh = new Set(stored.map((row) => `${row.at} ${row.id}`));
    return writes.map(({ events }) => events.filter((e) => fresh.delete(`${e.at} ${e.id}`)).length);
  }

  /** Stops announcing, before the database closes: at shutdown. */
  close(): void {
    this.#announcer.close();
  }

  /**
   * An event the server itself observed (a failed sign-in, a throttled address): stored with the gateways'
   * events under the device id `server`, so audit search and the SIEM see it.
   */
  async recordServerEvent(input: { requester: string | null; verdict: AuditEvent['verdict']; text: string; detail: Record<string, unknown> }): Promise<void> {
    await this.#store(SERVER_DEVICE, [
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

  async search(filters: AuditFilters = {}): Promise<StoredAuditEvent[]> {
    const { sql, args } = auditSearchSql(this.db.engine, filters);
    if (this.db.engine === 'sqlite') return (await this.db.all<Row>(sql, args)).map(toEvent);
    // A search's best plan depends on its values: a rare word wants the trigram index, a common one the newest rows
    // first. The generic plan PostgreSQL switches a prepared statement to after a few runs cannot know them, and
    // read a whole table's worth of rows for a rare word (0.4 s at a million events): planned for its values, always.
    const rows = await this.db.transaction(async (tx) => {
      await tx.exec('SET LOCAL plan_cache_mode = force_custom_plan');
      return tx.all<Row>(sql, args);
    });
    return rows.map(toEvent);
  }

  /**
   * Up to `limit` events after `cursor` in the order a forwarder must send them, with the cursor after the last.
   * On PostgreSQL only events of transactions older than every one still running are read: none can commit
   * behind them any more, so a cursor past them never skips one (see `ForwardCursor`). The order names the table's
   * columns: a bare `tx` there would be the text the query returns, in which '100000' sorts before '99999', and
   * where transaction ids gain a digit a batch's cursor would jump past events it then never sends.
   */
  async eventsAfter(cursor: ForwardCursor, limit: number): Promise<{ events: StoredAuditEvent[]; cursor: ForwardCursor }> {
    const after = cursorCondition(this.db.engine, cursor);
    const rows =
      this.db.engine === 'sqlite'
        ? await this.db.all<Row & { tx?: string }>(`SELECT ${EVENT_COLUMNS} FROM audit_events e WHERE ${after.sql} ORDER BY seq LIMIT ?`, [...after.args, limit])
        : await this.db.all<Row & { tx?: string }>(
            `SELECT ${EVENT_COLUMNS}, e.tx::text AS tx FROM audit_events e
             WHERE ${after.sql} AND tx < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY e.tx, e.seq LIMIT ?`,
            [...after.args, limit],
          );
    const last = rows.at(-1);
    return { events: rows.map(toEvent), cursor: last ? { seq: last.seq, tx: last.tx ?? '0' } : cursor };
  }

  /** Whether any event is stored after `cursor`, committed or not yet readable by `eventsAfter`. */
  async anyAfter(cursor: ForwardCursor): Promise<boolean> {
    const after = cursorCondition(this.db.engine, cursor);
    return (await this.db.get(`SELECT 1 AS found FROM audit_events WHERE ${after.sql} LIMIT 1`, after.args)) !== undefined;
  }

  /**
   * Deletes up to `batch` events that happened before `cutoff` and were forwarded (at or before `upTo`, when a SIEM
   * is configured), oldest first; returns how many. Retention calls it again and again, so no single delete holds
   * the database for long. On PostgreSQL this clears the default partition only: the days that have their own
   * partitions go whole, with `dropDaysBefore`.
   */
  async deleteBefore(cutoff: number, batch: number, upTo?: ForwardCursor): Promise<number> {
    const forwarded = upTo ? cursorCondition(this.db.engine, upTo) : undefined;
    const kept = forwarded ? ` AND NOT ${forwarded.sql}` : '';
    const args = [cutoff, ...(forwarded?.args ?? []), batch];
    if (this.db.engine === 'sqlite') {
      return (await this.db.run(`DELETE FROM audit_events WHERE seq IN (SELECT seq FROM audit_events WHERE at < ?${kept} ORDER BY at LIMIT ?)`, args)).changes;
    }
    return (await this.db.run(`DELETE FROM audit_events_default WHERE ctid = ANY (ARRAY(SELECT ctid FROM audit_events_default WHERE at < ?${kept} ORDER BY at LIMIT ?))`, args))
      .changes;
  }

  /**
   * PostgreSQL: drops each day's partition whose day ended before `cutoff` and whose events were all forwarded (at
   * or before `upTo`, when a SIEM is configured); returns the days dropped. SQLite has no partitions: none.
   */
  async dropDaysBefore(cutoff: number, upTo?: ForwardCursor): Promise<number> {
    if (this.db.engine === 'sqlite') return 0;
    const dropped = await dropDaysBefore(this.db, cutoff, upTo);
    for (const day of dropped) this.#partitions!.forget(day);
    return dropped.length;
  }

  /** Values the server masked at ingest because a gateway let them through: how many, in how many events. */
  async serverMaskedStats(): Promise<{ events: number; values: number }> {
    // The count is read out of the detail JSON: SQLite's json_extract, PostgreSQL's jsonb path (a gateway writes
    // the rest of the detail, so a count that is not a number is left out rather than failing the cast). A plain
    // text match first spares parsing the JSON of the many events the server masked nothing in.
    const sql =
      this.db.engine === 'sqlite'
        ? `SELECT COUNT(*) AS events, COALESCE(SUM(json_extract(detail_json, '$.serverMasked.count')), 0) AS vals FROM audit_events
           WHERE detail_json LIKE '%"serverMasked"%' AND json_type(detail_json, '$.serverMasked.count') IN ('integer', 'real')
             AND json_extract(detail_json, '$.serverMasked.count') > 0`
        : `SELECT COUNT(*) AS events, COALESCE(SUM(n), 0) AS vals FROM (
             SELECT CASE WHEN jsonb_typeof(detail_json::jsonb #> '{serverMasked,count}') = 'number' THEN (detail_json::jsonb #>> '{serverMasked,count}')::numeric END AS n
             FROM audit_events WHERE detail_json LIKE '%"serverMasked"%') counts WHERE n > 0`;
    const row = await this.db.get<{ events: number; vals: number }>(sql);
    return { events: row?.events ?? 0, values: row?.vals ?? 0 };
  }

  async count(): Promise<number> {
    return (await this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM audit_events'))?.n ?? 0;
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
