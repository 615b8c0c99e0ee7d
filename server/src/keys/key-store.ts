import { CompactSign, calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import type { Db } from '../db/open-db';
import { ENDORSEMENT_TYPE, type EndorsementPayload } from './endorsement';
import { KeySealer } from './key-sealer';

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
  compromised_at: number | null;
  endorsement: string | null;
}

export interface RotateOptions {
  /** The active key was stolen: gateways refuse it from now on and accept versions from `versionFloor` on. */
  compromised?: { versionFloor: number };
}

/** `SHA256:<RFC 7638 thumbprint>`: what an admin reads out with an enrollment code so the device can check it. */
export function keyFingerprint(kid: string): string {
  return `SHA256:${kid}`;
}

/**
 * The org's ES256 signing keys, sealed with the master key. One is active; retired keys stay published (JWKS)
 * unless retired as compromised. Each new key is endorsed by the previous one, so a gateway that pinned an old
 * key can follow a rotation.
 */
export class KeyStore {
  #active: SigningKey | undefined;

  constructor(
    private readonly db: Db,
    private readonly sealer: KeySealer,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether any key is sealed: then the master key must be given, never made anew. */
  static hasSealedKeys(db: Db): boolean {
    const rows = db.prepare('SELECT private_jwk FROM signing_keys').all() as Array<{ private_jwk: string }>;
    return rows.some((row) => KeySealer.isSealed(row.private_jwk));
  }

  /**
   * Seals keys stored in the clear by an older server and checks that the master key opens every sealed one,
   * so a wrong key stops the start instead of the first signature.
   */
  sealAll(): void {
    const rows = this.db.prepare('SELECT kid, private_jwk FROM signing_keys').all() as Array<{ kid: string; private_jwk: string }>;
    const update = this.db.prepare('UPDATE signing_keys SET private_jwk = ? WHERE kid = ?');
    this.db.transaction(() => {
      for (const row of rows) {
        if (KeySealer.isSealed(row.private_jwk)) this.sealer.open(row.private_jwk, row.kid);
        else update.run(this.sealer.seal(row.private_jwk, row.kid), row.kid);
      }
    })();
  }

  /** The active key; created on first use. */
  async active(): Promise<SigningKey> {
    if (this.#active) return this.#active;
    const row = this.db.prepare('SELECT * FROM signing_keys WHERE retired_at IS NULL ORDER BY created_at DESC LIMIT 1').get() as KeyRow | undefined;
    this.#active = row ? await this.#load(row) : await this.#create(undefined, undefined);
    return this.#active;
  }

  /** Makes a new active key, endorsed by the old one, which stays published unless it was compromised. */
  async rotate(options: RotateOptions = {}): Promise<SigningKey> {
    const previous = await this.active();
    this.db.prepare('UPDATE signing_keys SET retired_at = ?, compromised_at = ? WHERE kid = ?').run(this.now(), options.compromised ? this.now() : null, previous.kid);
    this.#active = await this.#create(previous, options.compromised && { kid: previous.kid, versionFloor: options.compromised.versionFloor });
    return this.#active;
  }

  /** The keys a gateway may verify with, active first: `/.well-known/jwks.json`. Compromised keys are left out. */
  publicJwks(): { keys: JWK[] } {
    const rows = this.db.prepare('SELECT public_jwk FROM signing_keys WHERE compromised_at IS NULL ORDER BY retired_at IS NOT NULL, created_at DESC').all() as Array<{
      public_jwk: string;
    }>;
    return { keys: rows.map((row) => JSON.parse(row.public_jwk) as JWK) };
  }

  /** Kids of keys retired as compromised. */
  compromisedKids(): string[] {
    return (this.db.prepare('SELECT kid FROM signing_keys WHERE compromised_at IS NOT NULL ORDER BY compromised_at').all() as Array<{ kid: string }>).map((row) => row.kid);
  }

  /** Endorsements in rotation order. */
  endorsements(): string[] {
    const rows = this.db.prepare('SELECT endorsement FROM signing_keys WHERE endorsement IS NOT NULL ORDER BY created_at').all() as Array<{ endorsement: string }>;
    return rows.map((row) => row.endorsement);
  }

  async #create(endorser: SigningKey | undefined, compromised: EndorsementPayload['compromised']): Promise<SigningKey> {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const publicJwk = await exportJWK(publicKey);
    const kid = await calculateJwkThumbprint(publicJwk);
    const published: JWK = { ...publicJwk, kid, alg: 'ES256', use: 'sig' };
    const payload: EndorsementPayload = { jwk: published, endorsedAt: this.now(), ...(compromised ? { compromised } : {}) };
    const endorsement = endorser
      ? await new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
          .setProtectedHeader({ alg: 'ES256', kid: endorser.kid, typ: ENDORSEMENT_TYPE })
          .sign(endorser.privateKey)
      : null;
    const sealed = this.sealer.seal(JSON.stringify(await exportJWK(privateKey)), kid);
    this.db
      .prepare('INSERT INTO signing_keys (kid, private_jwk, public_jwk, created_at, endorsement) VALUES (?, ?, ?, ?, ?)')
      .run(kid, sealed, JSON.stringify(published), this.now(), endorsement);
    return { kid, privateKey, publicJwk: published };
  }

  async #load(row: KeyRow): Promise<SigningKey> {
    const plain = KeySealer.isSealed(row.private_jwk) ? this.sealer.open(row.private_jwk, row.kid) : row.private_jwk;
    const privateKey = (await importJWK(JSON.parse(plain) as JWK, 'ES256')) as CryptoKey;
    return { kid: row.kid, privateKey, publicJwk: JSON.parse(row.public_jwk) as JWK };
  }
}
