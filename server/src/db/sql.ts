/**
 * The server's one data-access layer: the same async API on SQLite (the embedded quick-start default) and on
 * PostgreSQL (production, any number of replicas). Stores write SQL once, in the subset both engines speak:
 * `?` placeholders (rewritten to `$1…` for PostgreSQL), `"user"` quoted (a reserved word there), `ON CONFLICT`
 * instead of `INSERT OR IGNORE`, `RETURNING`, integers for booleans and millisecond times. Where the engines
 * differ (full-text search, JSON, partitions), a store asks `db.engine` and says why in a comment.
 */
export type SqlValue = string | number | bigint | null | Buffer;

export type SqlEngine = 'sqlite' | 'postgres';

export interface SqlResult {
  /** Rows inserted, updated or deleted. */
  changes: number;
}

/** What a statement can run on: the database itself, or one transaction of it. */
export interface SqlExecutor {
  readonly engine: SqlEngine;
  all<Row>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  get<Row>(sql: string, params?: readonly SqlValue[]): Promise<Row | undefined>;
  run(sql: string, params?: readonly SqlValue[]): Promise<SqlResult>;
  /** Runs one or more statements separated by `;`, without parameters (schema changes). */
  exec(sql: string): Promise<void>;
}

export interface SqlDatabase extends SqlExecutor {
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it throws. Statements inside must
   * go through `tx`; the database's own methods wait until the transaction ends (on SQLite, which has one
   * connection) or run outside it (on PostgreSQL).
   */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `MAX(a, b)` of two values: SQLite's scalar `MAX`, PostgreSQL's `GREATEST`. */
export function greatest(engine: SqlEngine, a: string, b: string): string {
  return engine === 'sqlite' ? `MAX(${a}, ${b})` : `GREATEST(${a}, ${b})`;
}
