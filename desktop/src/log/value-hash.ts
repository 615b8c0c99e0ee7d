import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, linkSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dataFile, ensureDataDir } from './data-dir';

/** A keyed hash of a detected value: lets the log say "the same key appeared twice" without storing it. */
export type ValueHasher = (value: string) => string;

const KEY_BYTES = 32;

/**
 * HMAC-SHA256, not plain SHA-256: most secrets and all PII are guessable enough (an email, a card number)
 * that an unkeyed hash in an exported log could be reversed by trying candidates. The key never leaves
 * this machine, so only this installation can test a candidate.
 */
export function createValueHasher(key: Buffer): ValueHasher {
  if (key.length < KEY_BYTES) throw new Error(`value hash key must be at least ${KEY_BYTES} bytes`);
  return (value) => createHmac('sha256', key).update(value, 'utf8').digest('hex');
}

/**
 * Reads the installation key, creating it (0600) on first use. The key is written to a temporary file
 * and hard-linked into place, which fails if the name exists: when the gateway and the CLI start at the
 * same moment, one key wins and neither ever reads a half-written file.
 */
export function loadOrCreateKey(file: string): Buffer {
  const existing = readKey(file);
  if (existing) return existing;
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temp, `${randomBytes(KEY_BYTES).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(temp, file);
  } catch (error) {
    if (!isErrno(error, 'EEXIST')) throw error;
  } finally {
    unlinkSync(temp);
  }
  const key = readKey(file);
  if (!key) throw new Error('value hash key vanished after creation');
  return key;
}

function readKey(file: string): Buffer | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return null;
    throw error;
  }
  const hex = text.trim();
  if (!/^[0-9a-f]{64,}$/.test(hex)) throw new Error('value hash key file is corrupt');
  // A key readable by others lets them test guesses against exported hashes; tighten it rather than refuse.
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  return Buffer.from(hex, 'hex');
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}

/** The installation's value hasher for a data directory, for code that hashes without holding the log open. */
export function loadValueHasher(dataDir: string): ValueHasher {
  ensureDataDir(dataDir);
  return createValueHasher(loadOrCreateKey(dataFile(dataDir, 'valueHashKey')));
}
