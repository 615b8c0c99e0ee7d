import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** The master key cannot be had: missing while sealed keys exist, unreadable, or too short. */
export class MasterKeyError extends Error {
  readonly code = 'MASTER_KEY';
}

export interface MasterKeySource {
  /** The key itself (`PROMPTGATE_SERVER_MASTER_KEY`); wins over a file. */
  value?: string;
  /** A file holding the key (`--master-key-file`); default `<dataDir>/master.key`, made on first start. */
  file?: string;
}

const MIN_LENGTH = 32;
export const DEFAULT_MASTER_KEY_FILE = 'master.key';

/**
 * Finds the key that seals the signing keys. Only the default file is ever created, and only while nothing is
 * sealed yet: a key given explicitly that cannot be read, or a lost default file with sealed keys in the
 * database, stops the server instead of sealing new keys with a key nobody has.
 */
export function resolveMasterKey(dataDir: string, source: MasterKeySource, sealedKeysExist: boolean): string {
  if (source.value !== undefined) return checked(source.value, 'PROMPTGATE_SERVER_MASTER_KEY');
  const file = source.file ?? join(dataDir, DEFAULT_MASTER_KEY_FILE);
  if (existsSync(file)) return checked(readFileSync(file, 'utf8'), file);
  if (source.file !== undefined) throw new MasterKeyError(`--master-key-file ${file} does not exist`);
  if (sealedKeysExist) {
    throw new MasterKeyError(
      `the signing keys in the database are encrypted and this server has no master key: pass --master-key-file FILE or set PROMPTGATE_SERVER_MASTER_KEY (${file} is missing; replicas on one database all need the same key)`,
    );
  }
  const made = randomBytes(32).toString('base64');
  writeFileSync(file, `${made}\n`, { mode: 0o600, flag: 'wx' });
  return made;
}

function checked(key: string, where: string): string {
  if (key.trim().length < MIN_LENGTH) throw new MasterKeyError(`the master key in ${where} is shorter than ${MIN_LENGTH} characters (make one with: openssl rand -base64 32)`);
  return key;
}
