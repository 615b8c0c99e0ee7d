import type { Db } from '../db/open-db';
import { hashToken, newToken } from './token-hash';
import type { Principal } from './principal';

const PREFIX = 'pgsa_';

/** Quick-start admin tokens: for trying the server without an identity provider. */
export class AdminTokens {
  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
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

  verify(token: string): Principal | undefined {
    const row = this.db.prepare('SELECT name FROM admin_tokens WHERE token_hash = ?').get(hashToken(token)) as { name: string } | undefined;
    return row ? { name: row.name, roles: new Set(['admin', 'approver']), via: 'admin-token' } : undefined;
  }
}
