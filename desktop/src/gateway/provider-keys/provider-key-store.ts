import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDataDir } from '../../log';
import { loadOrCreateSealingKey } from './sealing-key';
import { checkProviderKey, PROVIDERS, type Provider } from './providers';

/** Files in the data directory; the CLI (`promptgate keys`) and the gateway agree on them through this module. */
export const PROVIDER_KEY_FILES = { keys: 'provider-keys.json', sealingKey: 'provider-keys.key' } as const;

const FORMAT = 'promptgate-provider-keys-v1';

interface Sealed {
  iv: string;
  tag: string;
  data: string;
}

interface StoreFile {
  format: typeof FORMAT;
  keys: Partial<Record<Provider, Sealed>>;
}

/**
 * Provider API keys, sealed with AES-256-GCM under a per-installation key file (0600) next to them.
 *
 * What this protects against: the keys file travelling without its key file — a backup or sync tool that
 * copies some files, a support bundle, a log export, a `grep -r sk-` over the disk, a screenshot of a file
 * viewer. Each entry is bound to its provider name (GCM additional data), so entries cannot be swapped.
 * What it does not: anyone who can read the whole data directory as this user (malware running as the user,
 * a full-disk copy) reads the key file too and can decrypt. That needs an OS keychain, which is why the
 * Electron shell can inject keys from its safeStorage vault instead (`startGateway({ providerKeys })`).
 *
 * The gateway reads on use: a write by the CLI (another process) is seen at the next request, by comparing
 * the file's identity and mtime, without a restart. Values never appear in errors, `toJSON` or inspection.
 */
export class ProviderKeyStore {
  readonly #file: string;
  readonly #sealingKey: Buffer;
  #cache: { stamp: string; keys: Map<Provider, string> } | undefined;

  private constructor(dataDir: string) {
    ensureDataDir(dataDir);
    this.#file = join(dataDir, PROVIDER_KEY_FILES.keys);
    this.#sealingKey = loadOrCreateSealingKey(join(dataDir, PROVIDER_KEY_FILES.sealingKey));
  }

  static open(dataDir: string): ProviderKeyStore {
    return new ProviderKeyStore(dataDir);
  }

  get(provider: Provider): string | undefined {
    return this.#read().get(provider);
  }

  /** Which providers have a key; never the values. */
  list(): Record<Provider, boolean> {
    const keys = this.#read();
    return Object.fromEntries(PROVIDERS.map((provider) => [provider, keys.has(provider)])) as Record<Provider, boolean>;
  }

  set(provider: Provider, key: string): void {
    const checked = checkProviderKey(key);
    const keys = new Map(this.#read());
    keys.set(provider, checked);
    this.#write(keys);
  }

  /** False when no key was set. */
  remove(provider: Provider): boolean {
    const keys = new Map(this.#read());
    if (!keys.delete(provider)) return false;
    this.#write(keys);
    return true;
  }

  toJSON(): Record<Provider, boolean> {
    return this.list();
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `ProviderKeyStore ${JSON.stringify(this.list())}`;
  }

  #read(): Map<Provider, string> {
    const stamp = this.#stamp();
    if (this.#cache?.stamp === stamp) return this.#cache.keys;
    const keys = stamp === 'missing' ? new Map<Provider, string>() : this.#decryptAll(readFileSync(this.#file, 'utf8'));
    this.#cache = { stamp, keys };
    return keys;
  }

  /** A cheap identity of the file's current version: inode, size and mtime change on every atomic rewrite. */
  #stamp(): string {
    try {
      const stat = statSync(this.#file, { bigint: true });
      return `${stat.ino}:${stat.size}:${stat.mtimeNs}`;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
      throw error;
    }
  }

  #decryptAll(text: string): Map<Provider, string> {
    let parsed: StoreFile;
    try {
      parsed = JSON.parse(text) as StoreFile;
    } catch {
      throw new Error(`${PROVIDER_KEY_FILES.keys} is not JSON`);
    }
    if (parsed?.format !== FORMAT || typeof parsed.keys !== 'object' || parsed.keys === null) throw new Error(`${PROVIDER_KEY_FILES.keys} is not in ${FORMAT} format`);
    const keys = new Map<Provider, string>();
    for (const provider of PROVIDERS) {
      const sealed = parsed.keys[provider];
      if (sealed) keys.set(provider, this.#open(provider, sealed));
    }
    return keys;
  }

  #open(provider: Provider, sealed: Sealed): string {
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.#sealingKey, Buffer.from(sealed.iv, 'base64'));
      decipher.setAAD(Buffer.from(provider));
      decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8');
    } catch {
      // Same message whatever failed, and no ciphertext in it.
      throw new Error(`the ${provider} key in ${PROVIDER_KEY_FILES.keys} cannot be decrypted (wrong ${PROVIDER_KEY_FILES.sealingKey} or tampered file); set it again`);
    }
  }

  #seal(provider: Provider, key: string): Sealed {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#sealingKey, iv);
    cipher.setAAD(Buffer.from(provider));
    const data = Buffer.concat([cipher.update(key, 'utf8'), cipher.final()]);
    return { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
  }

  /** Written to a temporary file and renamed over: a reader (the gateway) never sees half a file. */
  #write(keys: Map<Provider, string>): void {
    const file: StoreFile = { format: FORMAT, keys: {} };
    for (const [provider, key] of keys) file.keys[provider] = this.#seal(provider, key);
    const temp = `${this.#file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    writeFileSync(temp, JSON.stringify(file, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
    try {
      renameSync(temp, this.#file);
    } catch (error) {
      unlinkSync(temp);
      throw error;
    }
    this.#cache = undefined;
  }
}
