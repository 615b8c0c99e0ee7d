import Database from 'better-sqlite3';
import type { SqlDatabase, SqlExecutor, SqlResult, SqlValue } from './sql';

type Statement = Database.Statement<unknown[], unknown>;

/** Prepared statements kept: the stores' SQL has a few dozen shapes; a search's filters make more, bounded here. */
const MAX_STATEMENTS = 500;

/**
 * SQLite behind the async data-access API. SQLite has one connection and runs each statement at once, so a
 * transaction holds it: statements from elsewhere wait until it ends instead of landing inside it (and being
 * rolled back with it). Transactions take turns in the order they were asked for.
 */
export class SqliteDatabase implements SqlDatabase {
  readonly engine = 'sqlite' as const;
  readonly #statements = new Map<string, Statement>();
  /** Resolves when the last transaction asked for has ended; undefined when none is open or waiting. */
  #queue: Promise<void> | undefined;

  constructor(readonly handle: Database.Database) {}

  async all<Row>(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    await this.#idle();
    return this.#statement(sql).all(...params) as Row[];
  }

  async get<Row>(sql: string, params: readonly SqlValue[] = []): Promise<Row | undefined> {
    await this.#idle();
    return this.#statement(sql).get(...params) as Row | undefined;
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<SqlResult> {
    await this.#idle();
    return { changes: this.#statement(sql).run(...params).changes };
  }

  async exec(sql: string): Promise<void> {
    await this.#idle();
    this.handle.exec(sql);
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const before = this.#queue;
    let end!: () => void;
    const mine = new Promise<void>((resolve) => (end = resolve));
    this.#queue = mine;
    await before;
    let open = true;
    const statement = (sql: string): Statement => {
      // A transaction's executor used after it ended would write outside any transaction: a bug, said loudly.
      if (!open) throw new Error('a statement ran on a transaction that has already ended');
      return this.#statement(sql);
    };
    const tx: SqlExecutor = {
      engine: 'sqlite',
      all: async <Row>(sql: string, params: readonly SqlValue[] = []) => statement(sql).all(...params) as Row[],
      get: async <Row>(sql: string, params: readonly SqlValue[] = []) => statement(sql).get(...params) as Row | undefined,
      run: async (sql: string, params: readonly SqlValue[] = []) => ({ changes: statement(sql).run(...params).changes }),
      exec: async (sql: string) => {
        if (!open) throw new Error('a statement ran on a transaction that has already ended');
        this.handle.exec(sql);
      },
    };
    try {
      this.handle.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(tx);
        this.handle.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.handle.inTransaction) this.handle.exec('ROLLBACK');
        throw error;
      }
    } finally {
      open = false;
      if (this.#queue === mine) this.#queue = undefined;
      end();
    }
  }

  async close(): Promise<void> {
    await this.#idle();
    this.#statements.clear();
    this.handle.close();
  }

  async #idle(): Promise<void> {
    while (this.#queue) await this.#queue;
  }

  #statement(sql: string): Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.handle.prepare(sql);
      if (this.#statements.size >= MAX_STATEMENTS) this.#statements.delete(this.#statements.keys().next().value!);
      this.#statements.set(sql, statement);
    }
    return statement;
  }
}
