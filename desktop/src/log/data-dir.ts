import { mkdirSync } from 'node:fs';
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
} as const;

export function dataFile(dataDir: string, file: keyof typeof DATA_FILES): string {
  return join(dataDir, DATA_FILES[file]);
}

/** Creates the data directory owner-only; an existing directory keeps the mode the person gave it. */
export function ensureDataDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
}
