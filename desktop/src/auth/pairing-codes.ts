import { closeSqlite, type SqliteDatabase } from '../log/sqlite';
import { openAuthDb } from './auth-db';
import { PairingError, type PairingErrorCode } from './errors';
import { clientNameFrom, firstFreeName } from './names';
import { generatePairingCode, normalizePairingCode, pairingCodeHash } from './pairing-code';
import { TokenStore, type AuthOptions } from './token-store';

export const PAIRING_CODE_TTL_MS = 5 * 60_000;
/**
 * Global, not per client: an attacker page can make requests from anywhere, so only a global cap bounds
 * guessing. 5 a minute gives at most 25 guesses against a live code, about 1 in 4e10 for 40 bits.
 */
export const PAIRING_FAILURE_LIMIT = 5;
export const PAIRING_FAILURE_WINDOW_MS = 60_000;

interface CodeRow {
  expires_at: number;
  used_at: number | null;
}

export type RedeemOutcome = { ok: true; token: string; name: string } | { ok: false; code: PairingErrorCode };

/**
 * One-time codes a person types into the extension to pair it. `promptgate pair` (one process) issues a
 * code and the running gateway (another) redeems it; both go through `auth.db`, where codes are stored
 * hashed, so either side can be restarted in between.
 */
export class PairingCodes {
  private readonly now: () => number;
  private readonly tokens: TokenStore;

  constructor(
    private readonly db: SqliteDatabase,
    options: AuthOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.tokens = new TokenStore(db, options);
  }

  static open(dataDir: string, options: AuthOptions = {}): PairingCodes {
    return new PairingCodes(openAuthDb(dataDir), options);
  }

  issue(): { code: string; expiresAt: number } {
    const now = this.now();
    const code = generatePairingCode();
    const normalized = normalizePairingCode(code);
    if (!normalized) throw new Error('generated an unreadable pairing code');
    const expiresAt = now + PAIRING_CODE_TTL_MS;
    this.db.transaction(() => {
      // Old codes are kept a day so "used" and "expired" can be told apart from "invalid" for a while.
      this.db.prepare('DELETE FROM pairing_codes WHERE expires_at < ?').run(now - 24 * 60 * 60_000);
      this.db.prepare('INSERT INTO pairing_codes (code_hash, issued_at, expires_at) VALUES (?, ?, ?)').run(pairingCodeHash(normalized), now, expiresAt);
    })();
    return { code, expiresAt };
  }

  /**
   * Exchanges a code for a new extension token named after the client (`Chrome`, then `Chrome (2)`...).
   * Throws `PairingError`. Once the failure limit is reached, codes are not even looked at until the window
   * passes, so a guess made while limited cannot succeed.
   */
  redeem(code: string, clientName: string): { token: string; name: string } {
    const outcome = this.tryRedeem(code, clientName);
    if (!outcome.ok) throw new PairingError(outcome.code);
    return { token: outcome.token, name: outcome.name };
  }

  /** `redeem` returning the failure instead of throwing, for HTTP handlers that map codes to responses. */
  tryRedeem(code: string, clientName: string): RedeemOutcome {
    const name = clientNameFrom(clientName);
    // IMMEDIATE: the check-and-mark below must not interleave with another process redeeming the same code.
    return this.db.transaction((): RedeemOutcome => this.redeemLocked(code, name)).immediate();
  }

  close(): void {
    closeSqlite(this.db);
  }

  private redeemLocked(code: string, clientName: string): RedeemOutcome {
    const now = this.now();
    const windowStart = now - PAIRING_FAILURE_WINDOW_MS;
    this.db.prepare('DELETE FROM pairing_failures WHERE at <= ?').run(windowStart);
    const failures = this.db.prepare<[number], number>('SELECT COUNT(*) FROM pairing_failures WHERE at > ?').pluck().get(windowStart) ?? 0;
    if (failures >= PAIRING_FAILURE_LIMIT) return { ok: false, code: 'rate_limited' };

    // Failures are recorded in this same transaction, which commits because we return instead of throwing.
    const fail = (reason: PairingErrorCode): RedeemOutcome => {
      this.db.prepare('INSERT INTO pairing_failures (at) VALUES (?)').run(now);
      return { ok: false, code: reason };
    };
    const normalized = normalizePairingCode(code);
    if (!normalized) return fail('invalid');
    const hash = pairingCodeHash(normalized);
    const row = this.db.prepare<[string], CodeRow>('SELECT expires_at, used_at FROM pairing_codes WHERE code_hash = ?').get(hash);
    if (!row) return fail('invalid');
    if (row.used_at !== null) return fail('used');
    if (now >= row.expires_at) return fail('expired');

    const name = firstFreeName(clientName, (candidate) => this.tokens.isTaken('extension', candidate));
    this.db.prepare('UPDATE pairing_codes SET used_at = ?, used_by = ? WHERE code_hash = ?').run(now, name, hash);
    return { ok: true, token: this.tokens.insertToken('extension', name), name };
  }
}
