import { createHash } from 'node:crypto';
import pg from 'pg';
import { numberPlaceholders } from './placeholders';
import type { SqlDatabase, SqlExecutor, SqlResult, SqlValue } from './sql';

/** SQL texts run as named (server-side prepared) statements; further shapes run unnamed, so a connection's cache stays bounded. */
const MAX_NAMED_STATEMENTS = 200;

/** A database host that drops packets is reported after this long, not after the operating system's TCP timeout. */
const CONNECT_TIMEOUT_MS = 10_000;

export interface PostgresOptions {
  /** `postgres://user:password@host:port/database`, as libpq takes it. */
  url: string;
  /** Connections in the pool; default 10. */
  maxConnections?: number;
  /** A pooled connection that fails while idle (the database restarted) is reported here, never thrown. */
  onError?: (error: unknown) => void;
}

/**
 * PostgreSQL behind the async data-access API: a connection pool, `?` placeholders numbered, and times and counts
 * (`BIGINT`, `COUNT(*)`, `SUM`) read as JavaScript numbers, as SQLite gives them (millisecond times and row
 * counts stay far below 2^53).
 */
export class PostgresDatabase implements SqlDatabase {
  readonly engine = 'postgres' as const;
  readonly pool: pg.Pool;
  readonly #texts = new Map<string, { text: string; name: string | undefined }>();

  constructor(readonly options: PostgresOptions) {
    this.pool = new pg.Pool({ connectionString: options.url, max: options.maxConnections ?? 10, types: numericTypes(), connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    this.pool.on('error', (error) => (options.onError ?? (() => undefined))(error));
  }

  /** A connection of its own, outside the pool, with the same settings: for `LISTEN` and session locks. */
  newClient(): pg.Client {
    return new pg.Client({ connectionString: this.options.url, types: numericTypes(), connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  }

  all<Row>(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    return queryOn(this.pool, this.#query(sql, params)).then((result) => result.rows as Row[]);
  }

  get<Row>(sql: string, params: readonly SqlValue[] = []): Promise<Row | undefined> {
    return this.all<Row>(sql, params).then((rows) => rows[0]);
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<SqlResult> {
    return queryOn(this.pool, this.#query(sql, params)).then((result) => ({ changes: result.rowCount ?? 0 }));
  }

  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let open = true;
    const query = (sql: string, params: readonly SqlValue[]) => {
      if (!open) throw new Error('a statement ran on a transaction that has already ended');
      return queryOn(client, this.#query(sql, params));
    };
    const tx: SqlExecutor = {
      engine: 'postgres',
      all: async <Row>(sql: string, params: readonly SqlValue[] = []) => (await query(sql, params)).rows as Row[],
      get: async <Row>(sql: string, params: readonly SqlValue[] = []) => (await query(sql, params)).rows[0] as Row | undefined,
      run: async (sql: string, params: readonly SqlValue[] = []) => ({ changes: (await query(sql, params)).rowCount ?? 0 }),
      exec: async (sql: string) => {
        if (!open) throw new Error('a statement ran on a transaction that has already ended');
        await client.query(sql);
      },
    };
    let broken: unknown;
    try {
      await client.query('BEGIN');
      try {
        const result = await work(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: unknown) => (broken = rollbackError));
        throw error;
      }
    } finally {
      open = false;
      // A connection whose rollback failed is in an unknown state: it is closed, not handed to the next caller.
      client.release(broken instanceof Error ? broken : undefined);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  #query(sql: string, params: readonly SqlValue[]): pg.QueryConfig {
    let prepared = this.#texts.get(sql);
    if (!prepared) {
      const name = this.#texts.size < MAX_NAMED_STATEMENTS ? `pg_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}` : undefined;
      prepared = { text: numberPlaceholders(sql), name };
      if (name) this.#texts.set(sql, prepared);
    }
    return { text: prepared.text, values: params as unknown[], ...(prepared.name ? { name: prepared.name } : {}) };
  }
}

function queryOn(target: pg.Pool | pg.PoolClient, config: pg.QueryConfig): Promise<pg.QueryResult> {
  return target.query(config);
}

/** Type parsers for one pool: `BIGINT` and `NUMERIC` as numbers (never touching the pg module's global ones). */
function numericTypes(): pg.CustomTypesConfig {
  const types = new pg.TypeOverrides();
  types.setTypeParser(pg.types.builtins.INT8, Number);
  types.setTypeParser(pg.types.builtins.NUMERIC, Number);
  return types;
}
