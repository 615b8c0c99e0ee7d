import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';

export const KEY_BYTES = 32;

/**
 * Reads a per-installation 32-byte key (hex, 0600), creating it on first use. The key is written to a
 * temporary file and hard-linked into place, which fails if the name exists: when the gateway and the CLI
 * start at the same moment, one key wins and neither ever reads a half-written file. `label` names the key
 * in errors.
 */
export function loadOrCreateKeyFile(file: string, label: string): Buffer {
  const existing = readKeyFile(file, label);
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
  const key = readKeyFile(file, label);
  if (!key) throw new Error(`${label} vanished after creation`);
  return key;
}

function readKeyFile(file: string, label: string): Buffer | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const hex = text.trim();
  if (!/^[0-9a-f]{64,}$/.test(hex)) throw new Error(`${label} file is corrupt`);
  // A key readable by others defeats its purpose; tighten it rather than refuse to start.
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  return Buffer.from(hex, 'hex');
}
