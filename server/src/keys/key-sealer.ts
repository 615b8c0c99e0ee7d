import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const PREFIX = 'sealed:v1:';

/** The master key does not open a sealed signing key: another key, or a changed database. */
export class MasterKeyMismatchError extends Error {
  readonly code = 'master_key_mismatch';
  constructor() {
    super('the master key does not decrypt the signing keys in the database (another key than the one they were sealed with?)');
  }
}

/**
 * Seals private signing keys (AES-256-GCM) with a key derived from the master key, which lives outside the
 * database: a copy of `server.db` alone does not give the keys away. The kid is bound as associated data, so a
 * sealed key cannot be moved to another row.
 */
export class KeySealer {
  readonly #key: Buffer;

  constructor(masterKey: string) {
    this.#key = Buffer.from(hkdfSync('sha256', Buffer.from(masterKey.trim(), 'utf8'), Buffer.alloc(0), 'promptgate-server signing keys v1', 32));
  }

  static isSealed(stored: string): boolean {
    return stored.startsWith(PREFIX);
  }

  seal(plain: string, kid: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv).setAAD(Buffer.from(kid));
    const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${PREFIX}${[iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.')}`;
  }

  open(stored: string, kid: string): string {
    const [iv, tag, sealed] = stored
      .slice(PREFIX.length)
      .split('.')
      .map((part) => Buffer.from(part, 'base64url'));
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.#key, iv!).setAAD(Buffer.from(kid));
      decipher.setAuthTag(tag!);
      return Buffer.concat([decipher.update(sealed!), decipher.final()]).toString('utf8');
    } catch {
      throw new MasterKeyMismatchError();
    }
  }
}
