import { createHmac } from 'node:crypto';
import { dataFile, ensureDataDir } from './data-dir';
import { KEY_BYTES, loadOrCreateKeyFile } from './key-file';

/** A keyed hash of a detected value: lets the log say "the same key appeared twice" without storing it. */
export type ValueHasher = (value: string) => string;

/**
 * HMAC-SHA256, not plain SHA-256: most secrets and all PII are guessable enough (an email, a card number)
 * that an unkeyed hash in an exported log could be reversed by trying candidates. The key never leaves
 * this machine, so only this installation can test a candidate.
 */
export function createValueHasher(key: Buffer): ValueHasher {
  if (key.length < KEY_BYTES) throw new Error(`value hash key must be at least ${KEY_BYTES} bytes`);
  return (value) => createHmac('sha256', key).update(value, 'utf8').digest('hex');
}

/** Reads the installation key, creating it (0600) on first use. */
export function loadOrCreateKey(file: string): Buffer {
  return loadOrCreateKeyFile(file, 'value hash key');
}

/** The installation's value hasher for a data directory, for code that hashes without holding the log open. */
export function loadValueHasher(dataDir: string): ValueHasher {
  ensureDataDir(dataDir);
  return createValueHasher(loadOrCreateKey(dataFile(dataDir, 'valueHashKey')));
}
