import type { SqlDatabase, SqlExecutor } from '../db/sql';
import { hashToken, newToken } from './token-hash';
import type { Principal } from './principal';

const PREFIX = 'pgsa_';
/** A token's listed id: the start of its hash, enough to tell tokens apart and useless for signing in. */
const ID_LENGTH = 16;
/** Replicas starting together on an empty database must not both make a first token. */
const FIRST_TOKEN_LOCK = 0x70670002;

export interface AdminTokenListing {
  id: string;
  name: string;
  createdAt: number;
}

/**
 * Quick-start admin tokens: for trying the server without an identity provider. Disabled (refused, kept in
 * the database) when the server signs people in with OIDC, unless it was started to keep them.
 */
export class AdminTokens {
  constructor(
    private readonly db: SqlDatabase,
    private readonly now: () => number = Date.now,
    readonly enabled = true,
  ) {}

  /** A new token when none exists yet (returned once, never stored in clear); undefined otherwise. */
  ensureFirst(): Promise<string | undefined> {
    return this.db.transaction(async (tx) => {
      if (tx.engine === 'postgres') await tx.run('SELECT pg_advisory_xact_lock(?)', [FIRST_TOKEN_LOCK]);
      const row = await tx.get<{ n: number }>('SELECT COUNT(*) AS n FROM admin_tokens');
      return row?.n === 0 ? this.#insert(tx, 'quick-start admin') : undefined;
    });
  }

  create(name: string): Promise<string> {
    return this.#insert(this.db, name);
  }

  /**
   * A lost quick-start token is replaced, not recovered (only its hash is stored): every quick-start token
   * stops working and the new one is returned once. Runs on the server's database, so only whoever can reach
   * it (its files, or its PostgreSQL credentials) can do it.
   */
  replaceAll(): Promise<string> {
    return this.db.transaction(async (tx) => {
      await tx.run('DELETE FROM admin_tokens');
      return this.#insert(tx, 'quick-start admin');
    });
  }

  static looksLike(token: string): boolean {
    return token.startsWith(PREFIX);
  }

  async list(): Promise<AdminTokenListing[]> {
    const rows = await this.db.all<{ token_hash: string; name: string; created_at: number }>(
      'SELECT token_hash, name, created_at FROM admin_tokens ORDER BY created_at, token_hash',
    );
    return rows.map((row) => ({ id: row.token_hash.slice(0, ID_LENGTH), name: row.name, createdAt: row.created_at }));
  }

  /** Deletes the token with this listed id; false when there is none. */
  async revoke(id: string): Promise<boolean> {
    if (!new RegExp(`^[0-9a-f]{${ID_LENGTH}}$`).test(id)) return false;
    const { changes } = await this.db.run('DELETE FROM admin_tokens WHERE substr(token_hash, 1, ?) = ?', [ID_LENGTH, id]);
    return changes > 0;
  }

  /** Read from the database each time (admin calls are few): a revocation on any replica counts at once. */
  async verify(token: string): Promise<Principal | undefined> {
    if (!this.enabled) return undefined;
    const row = await this.db.get<{ name: string }>('SELECT name FROM admin_tokens WHERE token_hash = ?', [hashToken(token)]);
    return row ? { name: row.name, roles: new Set(['admin', 'approver']), via: 'admin-token' } : undefined;
  }

  async #insert(on: SqlExecutor, name: string): Promise<string> {
    const token = newToken(PREFIX);
    await on.run('INSERT INTO admin_tokens (token_hash, name, created_at) VALUES (?, ?, ?)', [hashToken(token), name, this.now()]);
    return token;
  }
}
