import { CompactSign, calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { CachedRead } from '../db/cached-read';
import type { ChangeBus } from '../db/change-bus';
import type { SqlDatabase, SqlExecutor } from '../db/sql';
import { ENDORSEMENT_TYPE, type EndorsementPayload } from './endorsement';
import { KeySealer } from './key-sealer';
import { lockSigning } from './signing-lock';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

interface KeyRow {
  kid: string;
  private_jwk: string;
  public_jwk: string;
}

export interface RotateOptions {
  /** The active key was stolen: gateways refuse it from now on and accept versions from `versionFloor` on. */
  compromised?: { versionFloor: number };
}

/** What `store` answers when what was signed is out of date: it is signed again, with fresh reads. */
export const SIGN_AGAIN = Symbol('sign again');

/** Rotations or pushes racing one signature this often in a row mean something is wrong: said, not looped on. */
const MAX_SIGN_ATTEMPTS = 8;

const ACTIVE_KEY_SQL = 'SELECT kid, private_jwk, public_jwk FROM signing_keys WHERE retired_at IS NULL ORDER BY created_at DESC LIMIT 1';

/** What `/.well-known/jwks.json` and `/v1/keys/endorsements` answer: read once, kept until a rotation anywhere. */
interface Published {
  jwks: { keys: JWK[] };
  endorsements: string[];
  compromisedKids: string[];
}

/** A key made outside any transaction (generating and endorsing it is async crypto), not yet stored. */
interface NewKey {
  key: SigningKey;
  sealed: string;
  endorsement: string | null;
}

/** `SHA256:<RFC 7638 thumbprint>`: what an admin reads out with an enrollment code so the device can check it. */
export function keyFingerprint(kid: string): string {
  return `SHA256:${kid}`;
}

/**
 * The org's ES256 signing keys, sealed with the master key. One is active; retired keys stay published (JWKS)
 * unless retired as compromised. Each new key is endorsed by the previous one, so a gateway that pinned an old
 * key can follow a rotation. Replicas share the keys through the database: which key is active is read from it
 * every time (never cached), and what is published is dropped on every replica as soon as one rotates.
 */
export class KeyStore {
  /** Imported private keys by kid; a kid's key never changes, only which kid is active. */
  readonly #imported = new Map<string, Promise<SigningKey>>();
  readonly #published = new CachedRead(() => this.#readPublished());

  constructor(
    private readonly db: SqlDatabase,
    private readonly bus: ChangeBus,
    private readonly now: () => number,
    private readonly sealer: KeySealer,
  ) {
    bus.subscribe('keys', () => this.#dropCaches());
    bus.onResync(() => this.#dropCaches());
  }

  /** Whether any key is sealed: then the master key must be given, never made anew. */
  static async hasSealedKeys(db: SqlExecutor): Promise<boolean> {
    const rows = await db.all<{ private_jwk: string }>('SELECT private_jwk FROM signing_keys');
    return rows.some((row) => KeySealer.isSealed(row.private_jwk));
  }

  /**
   * Seals keys stored in the clear by an older server and checks that the master key opens every sealed one,
   * so a wrong key stops the start instead of the first signature.
   */
  async sealAll(): Promise<void> {
    await this.db.transaction(async (tx) => {
      await lockSigning(tx);
      const rows = await tx.all<{ kid: string; private_jwk: string }>('SELECT kid, private_jwk FROM signing_keys');
      for (const row of rows) {
        if (KeySealer.isSealed(row.private_jwk)) this.sealer.open(row.private_jwk, row.kid);
        else await tx.run('UPDATE signing_keys SET private_jwk = ? WHERE kid = ?', [this.sealer.seal(row.private_jwk, row.kid), row.kid]);
      }
    });
  }

  /** The active key, as the database says now; the first one is made on first use (by one replica only). */
  async active(): Promise<SigningKey> {
    for (let attempt = 0; attempt < MAX_SIGN_ATTEMPTS; attempt++) {
      const row = await this.db.get<KeyRow>(ACTIVE_KEY_SQL);
      if (row) return this.#load(row);
      const made = await this.#newKey(undefined, undefined);
      const stored = await this.db.transaction(async (tx) => {
        await lockSigning(tx);
        // Another replica starting at the same moment made one first: that one is the org's key.
        if (await tx.get(ACTIVE_KEY_SQL)) return false;
        await this.#insert(tx, made);
        return true;
      });
      if (stored) return made.key;
    }
    throw new Error('no active signing key could be read or made');
  }

  /**
   * Makes a new active key, endorsed by the old one, which stays published unless it was compromised. A rotation
   * made meanwhile on another replica is not undone: this one then rotates from the key that replica made.
   */
  async rotate(options: RotateOptions = {}): Promise<SigningKey> {
    for (let attempt = 0; attempt < MAX_SIGN_ATTEMPTS; attempt++) {
      const previous = await this.active();
      const made = await this.#newKey(previous, options.compromised && { kid: previous.kid, versionFloor: options.compromised.versionFloor });
      const rotated = await this.db.transaction(async (tx) => {
        await lockSigning(tx);
        if ((await tx.get<KeyRow>(ACTIVE_KEY_SQL))?.kid !== previous.kid) return false;
        const at = this.now();
        await tx.run('UPDATE signing_keys SET retired_at = ?, compromised_at = ? WHERE kid = ?', [at, options.compromised ? at : null, previous.kid]);
        await this.#insert(tx, made);
        return true;
      });
      if (rotated) {
        this.#dropCaches();
        return made.key;
      }
    }
    throw new Error('the signing key kept changing during the rotation (other replicas rotating at once?); try again');
  }

  /**
   * Signs with the active key and stores the result in one transaction that holds the signing lock and finds the
   * key still active: nothing signed with a key retired meanwhile (on any replica) is ever stored. Signing is
   * async, so it happens before the transaction (SQLite's transaction must not wait on anything else); when the
   * key changed meanwhile, or `store` answers `SIGN_AGAIN`, `sign` runs again.
   */
  async signWithActiveKey<Signed, Result>(
    sign: (key: SigningKey) => Promise<Signed>,
    store: (tx: SqlExecutor, signed: Signed, key: SigningKey) => Promise<Result | typeof SIGN_AGAIN>,
  ): Promise<Result> {
    for (let attempt = 0; attempt < MAX_SIGN_ATTEMPTS; attempt++) {
      const key = await this.active();
      const signed = await sign(key);
      const result = await this.db.transaction(async (tx) => {
        await lockSigning(tx);
        if ((await tx.get<KeyRow>(ACTIVE_KEY_SQL))?.kid !== key.kid) return SIGN_AGAIN;
        return store(tx, signed, key);
      });
      if (result !== SIGN_AGAIN) return result;
    }
    throw new Error('the signing key or what was signed kept changing while signing (other replicas at work?); try again');
  }

  /** The keys a gateway may verify with, active first: `/.well-known/jwks.json`. Compromised keys are left out. */
  async publicJwks(): Promise<{ keys: JWK[] }> {
    return (await this.#published.get()).jwks;
  }

  /** Kids of keys retired as compromised. */
  async compromisedKids(): Promise<string[]> {
    return (await this.#published.get()).compromisedKids;
  }

  /** Endorsements in rotation order. */
  async endorsements(): Promise<string[]> {
    return (await this.#published.get()).endorsements;
  }

  #dropCaches(): void {
    this.#published.drop();
    this.#imported.clear();
  }

  async #readPublished(): Promise<Published> {
    const keys = await this.db.all<{ public_jwk: string }>(
      'SELECT public_jwk FROM signing_keys WHERE compromised_at IS NULL ORDER BY CASE WHEN retired_at IS NULL THEN 0 ELSE 1 END, created_at DESC',
    );
    const endorsements = await this.db.all<{ endorsement: string }>('SELECT endorsement FROM signing_keys WHERE endorsement IS NOT NULL ORDER BY created_at');
    const compromised = await this.db.all<{ kid: string }>('SELECT kid FROM signing_keys WHERE compromised_at IS NOT NULL ORDER BY compromised_at');
    return {
      jwks: { keys: keys.map((row) => JSON.parse(row.public_jwk) as JWK) },
      endorsements: endorsements.map((row) => row.endorsement),
      compromisedKids: compromised.map((row) => row.kid),
    };
  }

  async #insert(tx: SqlExecutor, made: NewKey): Promise<void> {
    await tx.run('INSERT INTO signing_keys (kid, private_jwk, public_jwk, created_at, endorsement) VALUES (?, ?, ?, ?, ?)', [
      made.key.kid,
      made.sealed,
      JSON.stringify(made.key.publicJwk),
      this.now(),
      made.endorsement,
    ]);
    await this.bus.publish('keys', made.key.kid, tx);
  }

  async #newKey(endorser: SigningKey | undefined, compromised: EndorsementPayload['compromised']): Promise<NewKey> {
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
    return { key: { kid, privateKey, publicJwk: published }, sealed, endorsement };
  }

  #load(row: KeyRow): Promise<SigningKey> {
    let key = this.#imported.get(row.kid);
    if (!key) {
      key = this.#import(row);
      this.#imported.set(row.kid, key);
      // A key that does not open (wrong master key) is tried again next time, not remembered as broken.
      const loading = key;
      void loading.catch(() => {
        if (this.#imported.get(row.kid) === loading) this.#imported.delete(row.kid);
      });
    }
    return key;
  }

  async #import(row: KeyRow): Promise<SigningKey> {
    const plain = KeySealer.isSealed(row.private_jwk) ? this.sealer.open(row.private_jwk, row.kid) : row.private_jwk;
    const privateKey = (await importJWK(JSON.parse(plain) as JWK, 'ES256')) as CryptoKey;
    return { kid: row.kid, privateKey, publicJwk: JSON.parse(row.public_jwk) as JWK };
  }
}
