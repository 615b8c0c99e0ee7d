import type { Db } from '../db/open-db';
import { hashToken, newToken } from './token-hash';
import type { Principal } from './principal';

const PREFIX = 'pgsa_';
/** A token's listed id: the start of its hash, enough to tell tokens apart and useless for signing in. */
const ID_LENGTH = 16;

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
    private readonly db: Db,
    private readonly now: () => number = Date.now,
    readonly enabled = true,
  ) {}

  /** A new token when none exists yet (returned once, never stored in clear); undefined otherwise. */
  ensureFirst(): string | undefined {
    const count = (this.db.prepare('SELECT COUNT(*) AS n FROM admin_tokens').get() as { n: number }).n;
    return count === 0 ? this.create('quick-start admin') : undefined;
  }

  create(name: string): string {
    const token = newToken(PREFIX);
    this.db.prepare('INSERT INTO admin_tokens (token_hash, name, created_at) VALUES (?, ?, ?)').run(hashToken(token), name, this.now());
    return token;
  }

  /**
   * A lost quick-start token is replaced, not recovered (only its hash is stored): every quick-start token
   * stops working and the new one is returned once. Runs on the data directory, so only whoever can read the
   * server's files can do it.
   */
  replaceAll(): string {
    return this.db.transaction(() => {
      this.db.prepare('DELETE FROM admin_tokens').run();
      return this.create('quick-start admin');
    })();
  }

  static looksLike(token: string): boolean {
    return token.startsWith(PREFIX);
  }

  list(): AdminTokenListing[] {
    const rows = this.db.prepare('SELECT token_hash, name, created_at FROM admin_tokens ORDER BY created_at, token_hash').all() as Array<{
      token_hash: string;
      name: string;
      created_at: number;
    }>;
    return rows.map((row) => ({ id: row.token_hash.slice(0, ID_LENGTH), name: row.name, createdAt: row.created_at }));
  }

  /** Deletes the token with this listed id; false when there is none. */
  revoke(id: string): boolean {
    if (!new RegExp(`^[0-9a-f]{${ID_LENGTH}}$`).test(id)) return false;
    return this.db.prepare('DELETE FROM admin_tokens WHERE substr(token_hash, 1, ?) = ?').run(ID_LENGTH, id).changes > 0;
  }

  verify(token: string): Principal | undefined {
    if (!this.enabled) return undefined;
    const row = this.db.prepare('SELECT name FROM admin_tokens WHERE token_hash = ?').get(hashToken(token)) as { name: string } | undefined;
    return row ? { name: row.name, roles: new Set(['admin', 'approver']), via: 'admin-token' } : undefined;
  }
}
