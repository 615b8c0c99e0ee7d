import type { SqliteDatabase } from './sqlite';

/** One schema step. Index i in the list moves `user_version` from i to i + 1; steps are never edited once shipped. */
export type Migration = (db: SqliteDatabase) => void;

/**
 * Brings a database up to the newest schema. Each step runs in its own IMMEDIATE transaction together with
 * its `user_version` bump, so two processes opening the same file at once cannot both apply a step.
 */
export function migrate(db: SqliteDatabase, migrations: readonly Migration[], label: string): void {
  const readVersion = (): number => db.pragma('user_version', { simple: true }) as number;
  if (readVersion() > migrations.length) throw new SchemaTooNewError(label, readVersion(), migrations.length);
  for (let target = 1; target <= migrations.length; target++) {
    const step = migrations[target - 1];
    if (!step) break;
    db.transaction(() => {
      // Re-read inside the write lock: another process may have migrated while we waited.
      if (readVersion() >= target) return;
      step(db);
      db.pragma(`user_version = ${target}`);
    }).immediate();
  }
}

/** The database was written by a newer promptgate; opening it with this one could corrupt it. */
export class SchemaTooNewError extends Error {
  readonly code = 'schema_too_new';
  constructor(label: string, found: number, known: number) {
    super(`${label} has schema version ${found}, this build knows up to ${known}`);
    this.name = 'SchemaTooNewError';
  }
}
