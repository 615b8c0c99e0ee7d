import { randomUUID } from 'node:crypto';
import type { Db } from '../db/open-db';
import type { Device } from '../auth/principal';
import { hashToken, newToken } from '../auth/token-hash';
import { newEnrollmentCode, normalizeEnrollmentCode } from './enrollment-code';
import { EnrollmentRefusedError } from './errors';
import { LastSeenBatch } from './last-seen-batch';

interface DeviceRow {
  id: string;
  name: string;
  user: string;
  groups_json: string;
  enrolled_at: number;
  last_seen_at: number | null;
  revoked_at: number | null;
}

export interface DeviceListing extends Device {
  enrolledAt: number;
  lastSeenAt: number | null;
  revoked: boolean;
}

/** Enrollment codes and the device credentials they become. */
export class DeviceStore {
  readonly #lastSeen: LastSeenBatch;
  readonly #byToken;

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {
    this.#lastSeen = new LastSeenBatch(db);
    this.#byToken = db.prepare('SELECT * FROM devices WHERE token_hash = ? AND revoked_at IS NULL');
  }

  /** A one-time code for `user`; the device enrolled with it gets `groups`. */
  createCode(input: { user: string; groups: string[]; createdBy: string; ttlMs: number }): { code: string; expiresAt: number } {
    const code = newEnrollmentCode();
    const expiresAt = this.now() + input.ttlMs;
    this.db
      .prepare('INSERT INTO enrollment_codes (code_hash, user, groups_json, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(hashToken(code), input.user, JSON.stringify(input.groups), input.createdBy, this.now(), expiresAt);
    return { code, expiresAt };
  }

  /** Spends the code (once, atomically) and issues the device's credential. */
  redeem(code: string, deviceName: string): { device: Device; token: string } {
    return this.db.transaction(() => {
      const codeHash = hashToken(normalizeEnrollmentCode(code));
      const spent = this.db.prepare('UPDATE enrollment_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?').run(this.now(), codeHash, this.now());
      if (spent.changes !== 1) throw new EnrollmentRefusedError();
      const row = this.db.prepare('SELECT user, groups_json FROM enrollment_codes WHERE code_hash = ?').get(codeHash) as { user: string; groups_json: string };
      const token = newToken('pgsd_');
      const device: Device = { id: randomUUID(), name: deviceName, user: row.user, groups: JSON.parse(row.groups_json) as string[] };
      this.db
        .prepare('INSERT INTO devices (id, token_hash, name, user, groups_json, enrolled_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(device.id, hashToken(token), device.name, device.user, row.groups_json, this.now());
      return { device, token };
    })();
  }

  verify(token: string): Device | undefined {
    const row = this.#byToken.get(hashToken(token)) as DeviceRow | undefined;
    if (!row) return undefined;
    // Remembered, not written: a poll stays read-only, and `flushLastSeen` writes every device's time at once.
    this.#lastSeen.seen(row.id, this.now());
    return toDevice(row);
  }

  /** Writes the last-seen times gathered since the last flush (on a timer and at shutdown). */
  flushLastSeen(): number {
    return this.#lastSeen.flush();
  }

  get(id: string): Device | undefined {
    const row = this.db.prepare('SELECT * FROM devices WHERE id = ?').get(id) as DeviceRow | undefined;
    return row && toDevice(row);
  }

  revoke(id: string): boolean {
    return this.db.prepare('UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(this.now(), id).changes === 1;
  }

  list(): DeviceListing[] {
    const rows = this.db.prepare('SELECT * FROM devices ORDER BY enrolled_at DESC').all() as DeviceRow[];
    return rows.map((row) => ({ ...toDevice(row), enrolledAt: row.enrolled_at, lastSeenAt: this.#lastSeenOf(row), revoked: row.revoked_at !== null }));
  }

  #lastSeenOf(row: DeviceRow): number | null {
    const pending = this.#lastSeen.pending(row.id);
    return pending === undefined ? row.last_seen_at : Math.max(pending, row.last_seen_at ?? 0);
  }
}

function toDevice(row: DeviceRow): Device {
  return { id: row.id, name: row.name, user: row.user, groups: JSON.parse(row.groups_json) as string[] };
}
