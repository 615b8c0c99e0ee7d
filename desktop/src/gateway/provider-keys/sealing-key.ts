import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';

const KEY_BYTES = 32;

/**
 * Reads the installation's key for sealing provider keys, creating it (0600) on first use. Like the value-hash
 * key: written to a temporary file and hard-linked into place, which fails if the name exists, so the CLI and
 * a running gateway creating it at the same moment agree on one key and never read half a file.
 */
export function loadOrCreateSealingKey(file: string): Buffer {
  const existing = readSealingKey(file);
  if (existing) return existing;
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temp, `${randomBytes(KEY_BYTES).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temp);
  }
  const key = readSealingKey(file);
  if (!key) throw new Error('provider key sealing key vanished after creation');
  return key;
}

function readSealingKey(file: string): Buffer | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const hex = text.trim();
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error('provider key sealing key file is corrupt');
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  return Buffer.from(hex, 'hex');
}
