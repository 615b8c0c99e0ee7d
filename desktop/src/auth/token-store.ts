import { timingSafeEqual } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import { closeSqlite, type SqliteDatabase } from '../log/sqlite';
import { openAuthDb } from './auth-db';
import { TokenNameTakenError } from './errors';
import { checkName } from './names';
import { claimedKind, generateToken, tokenHash, type TokenKind } from './token-format';

export interface TokenInfo {
  kind: TokenKind;
  name: string;
  createdAt: number;
  lastUsedAt: number | null;
}

export interface AuthOptions {
  /** Ms since epoch; tests pass a frozen clock. */
  now?: () => number;
}

interface TokenRow {
  kind: TokenKind;
  name: string;
  token_hash: string;
  created_at: number;
  last_used_at: number | null;
}

/** `last_used_at` is for people ("is this token still in use?"); minute precision spares a write per request. */
const LAST_USED_PRECISION_MS = 60_000;

/**
 * Client tokens, stored only as SHA-256 hashes in `auth.db`. Every `verify` reads the database, so a token
 * the CLI creates or revokes in another process takes effect on the gateway's next request, no restart.
 */
export class TokenStore {
  private readonly now: () => number;
  private readonly byHash: Statement<[string], TokenRow>;
  private readonly byName: Statement<[string, string], { name: string }>;
  private readonly insert: Statement<[string, string, string, number]>;
  private readonly touch: Statement<[number, string, number]>;

  constructor(
    private readonly db: SqliteDatabase,
    options: AuthOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.byHash = db.prepare<[string], TokenRow>('SELECT kind, name, token_hash, created_at, last_used_at FROM tokens WHERE token_hash = ?');
    this.byName = db.prepare<[string, string], { name: string }>('SELECT name FROM tokens WHERE kind = ? AND name = ?');
    this.insert = db.prepare<[string, string, string, number]>('INSERT INTO tokens (kind, name, token_hash, created_at) VALUES (?, ?, ?, ?)');
    this.touch = db.prepare<[number, string, number]>('UPDATE tokens SET last_used_at = ? WHERE token_hash = ? AND (last_used_at IS NULL OR last_used_at < ?)');
  }

  static open(dataDir: string, options: AuthOptions = {}): TokenStore {
    return new TokenStore(openAuthDb(dataDir), options);
  }

  /** A new token; the only time its value exists in clear. Names are unique per kind. */
  create(kind: TokenKind, name: string): string {
    const checked = checkName(name);
    if (this.isTaken(kind, checked)) throw new TokenNameTakenError(kind, checked);
    return this.insertToken(kind, checked);
  }

  /** The token's kind and name, or null for anything unknown, revoked or malformed. */
  verify(token: string): { kind: TokenKind; name: string } | null {
    const kind = claimedKind(token);
    if (!kind) return null;
    const hash = tokenHash(token);
    // The lookup by hash is indexed, so its timing depends on the hash, which an attacker cannot steer
    // toward a stored one; the constant-time compare below makes the final decision regardless.
    const row = this.byHash.get(hash);
    if (!row || row.kind !== kind) return null;
    if (!timingSafeEqual(Buffer.from(row.token_hash, 'hex'), Buffer.from(hash, 'hex'))) return null;
    const now = this.now();
    // Most requests come within the precision of the last touch: no write statement for them at all.
    if (row.last_used_at === null || row.last_used_at < now - LAST_USED_PRECISION_MS) this.touch.run(now, hash, now - LAST_USED_PRECISION_MS);
    return { kind: row.kind, name: row.name };
  }

  list(): TokenInfo[] {
    return this.db
      .prepare<[], TokenRow>('SELECT kind, name, token_hash, created_at, last_used_at FROM tokens ORDER BY kind, created_at, name')
      .all()
      .map((row) => ({ kind: row.kind, name: row.name, createdAt: row.created_at, lastUsedAt: row.last_used_at }));
  }

  /**
   * Removes the named token (of one kind, or of both when no kind is given); returns the kinds that went, so
   * the person is told which of two same-named tokens they just cut off.
   */
  revoke(name: string, kind?: TokenKind): TokenKind[] {
    const trimmed = name.trim();
    const rows =
      kind === undefined
        ? this.db.prepare<[string], { kind: TokenKind }>('DELETE FROM tokens WHERE name = ? RETURNING kind').all(trimmed)
        : this.db.prepare<[string, string], { kind: TokenKind }>('DELETE FROM tokens WHERE name = ? AND kind = ? RETURNING kind').all(trimmed, kind);
    return rows.map((row) => row.kind).sort();
  }

  close(): void {
    closeSqlite(this.db);
  }

  /** For pairing, which picks a free name and inserts inside its own transaction. */
  isTaken(kind: TokenKind, name: string): boolean {
    return this.byName.get(kind, name) !== undefined;
  }

  insertToken(kind: TokenKind, name: string): string {
    const token = generateToken(kind);
    try {
      this.insert.run(kind, name, tokenHash(token), this.now());
    } catch (error) {
      // Another process took the name between our check and the insert.
      if (error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new TokenNameTakenError(kind, name);
      throw error;
    }
    return token;
  }
}
