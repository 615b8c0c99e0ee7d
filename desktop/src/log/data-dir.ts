import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Files the gateway keeps in its data directory. One place, so the layout is documented once and the
 * CLI and the gateway (two processes) always agree on it.
 */
export const DATA_FILES = {
  /** Session log: sessions, events (hash chain), retention checkpoints, full-text index. */
  sessionLog: 'session-log.db',
  /** The gateway's write-ahead journal for the session log: events durable but not yet in the database. */
  sessionLogJournal: 'session-log.journal',
  /** Per-installation HMAC key for finding value hashes (hex, 0600). */
  valueHashKey: 'value-hash.key',
  /** Client tokens and pairing codes. */
  auth: 'auth.db',
  /** The key with which `promptgate ui` proves to the running gateway that it may ask for a UI link (hex, 0600). */
  uiLinkKey: 'ui-link.key',
} as const;

export function dataFile(dataDir: string, file: keyof typeof DATA_FILES): string {
  return join(dataDir, DATA_FILES[file]);
}

/**
 * Creates the data directory owner-only. An existing one that others may read or enter (0755 from a
 * default umask, a copy, an older version) is made owner-only too, and `notice` says so once: the session
 * log and the keys in it are nobody else's business.
 */
export function ensureDataDir(dataDir: string, notice: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // Windows has no such mode bits; its directories follow the user profile's ACL.
  if (process.platform === 'win32') return;
  const mode = statSync(dataDir).mode & 0o777;
  if ((mode & 0o077) === 0) return;
  chmodSync(dataDir, mode & 0o700);
  notice(`promptgate: the data directory ${dataDir} was open to other users (mode ${mode.toString(8)}); it is now owner-only (${(mode & 0o700).toString(8)})`);
}
