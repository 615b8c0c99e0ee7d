import { CompactSign, calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import type { Db } from '../db/open-db';
import { ENDORSEMENT_TYPE } from './endorsement';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

interface KeyRow {
  kid: string;
  private_jwk: string;
  public_jwk: string;
  retired_at: number | null;
  endorsement: string | null;
}

/**
 * The org's ES256 signing keys. One is active; retired keys stay published (JWKS) so bundles they signed still
 * verify. Each new key is endorsed by the previous one, so a gateway that pinned an old key can follow a rotation.
 */
export class KeyStore {
  #active: SigningKey | undefined;

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  /** The active key; created on first use. */
  async active(): Promise<SigningKey> {
    if (this.#active) return this.#active;
    const row = this.db.prepare('SELECT * FROM signing_keys WHERE retired_at IS NULL ORDER BY created_at DESC LIMIT 1').get() as KeyRow | undefined;
    this.#active = row ? await load(row) : await this.#create(undefined);
    return this.#active;
  }

  /** Makes a new active key, endorsed by the old one, which stays published. */
  async rotate(): Promise<SigningKey> {
    const previous = await this.active();
    this.db.prepare('UPDATE signing_keys SET retired_at = ? WHERE kid = ?').run(this.now(), previous.kid);
    this.#active = await this.#create(previous);
    return this.#active;
  }

  /** Every public key, active first: `/.well-known/jwks.json`. */
  publicJwks(): { keys: JWK[] } {
    const rows = this.db.prepare('SELECT public_jwk FROM signing_keys ORDER BY retired_at IS NOT NULL, created_at DESC').all() as Array<{ public_jwk: string }>;
    return { keys: rows.map((row) => JSON.parse(row.public_jwk) as JWK) };
  }

  /** Endorsements in rotation order. */
  endorsements(): string[] {
    const rows = this.db.prepare('SELECT endorsement FROM signing_keys WHERE endorsement IS NOT NULL ORDER BY created_at').all() as Array<{ endorsement: string }>;
    return rows.map((row) => row.endorsement);
  }

  async #create(endorser: SigningKey | undefined): Promise<SigningKey> {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const publicJwk = await exportJWK(publicKey);
    const kid = await calculateJwkThumbprint(publicJwk);
    const published: JWK = { ...publicJwk, kid, alg: 'ES256', use: 'sig' };
    const endorsement = endorser
      ? await new CompactSign(new TextEncoder().encode(JSON.stringify({ jwk: published, endorsedAt: this.now() })))
          .setProtectedHeader({ alg: 'ES256', kid: endorser.kid, typ: ENDORSEMENT_TYPE })
          .sign(endorser.privateKey)
      : null;
    const privateJwk = await exportJWK(privateKey);
    this.db
      .prepare('INSERT INTO signing_keys (kid, private_jwk, public_jwk, created_at, endorsement) VALUES (?, ?, ?, ?, ?)')
      .run(kid, JSON.stringify(privateJwk), JSON.stringify(published), this.now(), endorsement);
    return { kid, privateKey: privateKey as CryptoKey, publicJwk: published };
  }
}

async function load(row: KeyRow): Promise<SigningKey> {
  const privateKey = (await importJWK(JSON.parse(row.private_jwk) as JWK, 'ES256')) as CryptoKey;
  return { kid: row.kid, privateKey, publicJwk: JSON.parse(row.public_jwk) as JWK };
}
