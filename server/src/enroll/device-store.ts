import { randomUUID } from 'node:crypto';
import type { ChangeBus } from '../db/change-bus';
import type { SqlDatabase } from '../db/sql';
import type { Device } from '../auth/principal';
import { hashToken, newToken } from '../auth/token-hash';
import { DeviceCache, type DeviceCacheOptions } from './device-cache';
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

const COLUMNS = 'id, name, "user", groups_json, enrolled_at, last_seen_at, revoked_at';

/**
 * Enrollment codes and the device credentials they become. A credential is checked on every poll, so checks are
 * answered from memory (see `DeviceCache`); a revocation on any replica reaches every replica's cache through the
 * change bus ('devices'), and a resync of the bus empties it.
 */
export class DeviceStore {
  readonly #lastSeen: LastSeenBatch;
  readonly #cache: DeviceCache;

  constructor(
    private readonly db: SqlDatabase,
    private readonly bus: ChangeBus,
    private readonly now: () => number = Date.now,
    cache: DeviceCacheOptions = {},
  ) {
    this.#lastSeen = new LastSeenBatch(db);
    this.#cache = new DeviceCache(now, cache);
    bus.subscribe('devices', (deviceId) => (deviceId ? this.#cache.drop(deviceId) : this.#cache.clear()));
    bus.onResync(() => this.#cache.clear());
  }

  /** A one-time code for `user`; the device enrolled with it gets `groups`. */
  async createCode(input: { user: string; groups: string[]; createdBy: string; ttlMs: number }): Promise<{ code: string; expiresAt: number }> {
    const code = newEnrollmentCode();
    const expiresAt = this.now() + input.ttlMs;
    await this.db.run('INSERT INTO enrollment_codes (code_hash, "user", groups_json, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)', [
      hashToken(code),
      input.user,
      JSON.stringify(input.groups),
      input.createdBy,
      this.now(),
      expiresAt,
    ]);
    return { code, expiresAt };
  }

  /** Spends the code (once, atomically, on any replica) and issues the device's credential. */
  async redeem(code: string, deviceName: string): Promise<{ device: Device; token: string }> {
    const codeHash = hashToken(normalizeEnrollmentCode(code));
    const token = newToken('pgsd_');
    const id = randomUUID();
    const now = this.now();
    return this.db.transaction(async (tx) => {
      const row = await tx.get<{ user: string; groups_json: string }>(
        'UPDATE enrollment_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING "user", groups_json',
        [now, codeHash, now],
      );
      if (!row) throw new EnrollmentRefusedError();
      const device: Device = { id, name: deviceName, user: row.user, groups: JSON.parse(row.groups_json) as string[] };
      await tx.run('INSERT INTO devices (id, token_hash, name, "user", groups_json, enrolled_at) VALUES (?, ?, ?, ?, ?, ?)', [
        device.id,
        hashToken(token),
        device.name,
        device.user,
        row.groups_json,
        now,
      ]);
      return { device, token };
    });
  }

  /** The device this credential belongs to, unless unknown or revoked. Remembers when it was seen, without writing. */
  async verify(token: string): Promise<Device | undefined> {
    const tokenHash = hashToken(token);
    let device = this.#cache.get(tokenHash);
    if (!device) {
      const generation = this.#cache.generation();
      const row = await this.db.get<DeviceRow>(`SELECT ${COLUMNS} FROM devices WHERE token_hash = ? AND revoked_at IS NULL`, [tokenHash]);
      if (!row) return undefined;
      device = toDevice(row);
      this.#cache.set(tokenHash, device, generation);
    }
    // Remembered, not written: a poll stays read-only, and `flushLastSeen` writes every device's time at once.
    this.#lastSeen.seen(device.id, this.now());
    return device;
  }

  /** Writes the last-seen times gathered since the last flush (on a timer and at shutdown). */
  flushLastSeen(): Promise<number> {
    return this.#lastSeen.flush();
  }

  async get(id: string): Promise<DeviceListing | undefined> {
    const row = await this.db.get<DeviceRow>(`SELECT ${COLUMNS} FROM devices WHERE id = ?`, [id]);
    return row && this.#listing(row);
  }

  /** Stops the device's credential at once, on every replica. False when it is unknown or already revoked. */
  async revoke(id: string): Promise<boolean> {
    const revoked = await this.db.transaction(async (tx) => {
      const { changes } = await tx.run('UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', [this.now(), id]);
      if (changes === 1) await this.bus.publish('devices', id, tx);
      return changes === 1;
    });
    // Here at once; other replicas when the notification arrives (sent at commit).
    if (revoked) this.#cache.drop(id);
    return revoked;
  }

  async list(): Promise<DeviceListing[]> {
    const rows = await this.db.all<DeviceRow>(`SELECT ${COLUMNS} FROM devices ORDER BY enrolled_at DESC, id`);
    return rows.map((row) => this.#listing(row));
  }

  /**
   * Up to `limit` devices, newest enrollment first, after the device `after` (the last of the previous page).
   * Undefined when `after` is not a device (a cursor from nowhere: refused, never a silently different page).
   */
  async page(limit: number, after?: string): Promise<DeviceListing[] | undefined> {
    let rows: DeviceRow[];
    if (after === undefined) {
      rows = await this.db.all<DeviceRow>(`SELECT ${COLUMNS} FROM devices ORDER BY enrolled_at DESC, id LIMIT ?`, [limit]);
    } else {
      const last = await this.db.get<{ enrolled_at: number }>('SELECT enrolled_at FROM devices WHERE id = ?', [after]);
      if (!last) return undefined;
      rows = await this.db.all<DeviceRow>(`SELECT ${COLUMNS} FROM devices WHERE enrolled_at < ? OR (enrolled_at = ? AND id > ?) ORDER BY enrolled_at DESC, id LIMIT ?`, [
        last.enrolled_at,
        last.enrolled_at,
        after,
        limit,
      ]);
    }
    return rows.map((row) => this.#listing(row));
  }

  #listing(row: DeviceRow): DeviceListing {
    const pending = this.#lastSeen.pending(row.id);
    const lastSeenAt = pending === undefined ? row.last_seen_at : Math.max(pending, row.last_seen_at ?? 0);
    return { ...toDevice(row), enrolledAt: row.enrolled_at, lastSeenAt, revoked: row.revoked_at !== null };
  }
}

function toDevice(row: DeviceRow): Device {
  return { id: row.id, name: row.name, user: row.user, groups: JSON.parse(row.groups_json) as string[] };
}
