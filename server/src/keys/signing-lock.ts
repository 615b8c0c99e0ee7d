import type { SqlExecutor } from '../db/sql';

/** Any fixed number: what replicas agree on to take turns at rotating keys and signing with the active one. */
const SIGNING_LOCK = 0x70670002;

/**
 * Held until the transaction ends, by a rotation and by whoever stores something signed with the active key: a
 * replica that finds the key it signed with still active, while holding it, knows no rotation can slip in before
 * its commit.
 */
export async function lockSigning(tx: SqlExecutor): Promise<void> {
  // On SQLite a write transaction already excludes every other one (one connection, BEGIN IMMEDIATE).
  if (tx.engine === 'postgres') await tx.run('SELECT pg_advisory_xact_lock(?)', [SIGNING_LOCK]);
}
