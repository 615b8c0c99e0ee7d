import { afterEach, describe, expect, it } from 'vitest';
import { ENGINES, openTestDatabase } from '../testing/engines';
import type { SqlDatabase } from './sql';

describe.each(ENGINES)('the data-access layer on %s', (engine) => {
  let db: SqlDatabase;
  afterEach(async () => db?.close());

  const open = async () => {
    db = await openTestDatabase(engine);
    await db.exec('CREATE TABLE things (id INTEGER PRIMARY KEY, "user" TEXT NOT NULL, at BIGINT NOT NULL)');
    return db;
  };

  it('binds parameters in order and reads big integers and counts as numbers', async () => {
    await open();
    await db.run('INSERT INTO things (id, "user", at) VALUES (?, ?, ?), (?, ?, ?)', [1, 'ann', 1_796_000_000_000, 2, 'bob?', 5]);
    expect(await db.all('SELECT id, "user", at FROM things WHERE at > ? ORDER BY id', [4])).toEqual([
      { id: 1, user: 'ann', at: 1_796_000_000_000 },
      { id: 2, user: 'bob?', at: 5 },
    ]);
    expect(await db.get('SELECT COUNT(*) AS n, SUM(at) AS total FROM things')).toEqual({ n: 2, total: 1_796_000_000_005 });
    expect(await db.get('SELECT id FROM things WHERE "user" = ?', ['nobody'])).toBeUndefined();
    expect(await db.run('UPDATE things SET at = at + 1 WHERE id > ?', [0])).toEqual({ changes: 2 });
  });

  it('commits a transaction that resolves and rolls back one that throws', async () => {
    await open();
    await db.transaction(async (tx) => {
      await tx.run('INSERT INTO things (id, "user", at) VALUES (?, ?, ?)', [1, 'ann', 1]);
    });
    await expect(
      db.transaction(async (tx) => {
        await tx.run('INSERT INTO things (id, "user", at) VALUES (?, ?, ?)', [2, 'bob', 2]);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await db.all('SELECT id FROM things')).toEqual([{ id: 1 }]);
  });

  it('keeps a statement from outside out of a transaction that is still open', async () => {
    await open();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const transaction = db.transaction(async (tx) => {
      await tx.run('INSERT INTO things (id, "user", at) VALUES (?, ?, ?)', [1, 'ann', 1]);
      await held;
      throw new Error('rolled back');
    });
    // Written while the transaction is open, from outside it: it must survive the rollback.
    const outside = db.run('INSERT INTO things (id, "user", at) VALUES (?, ?, ?)', [2, 'bob', 2]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await expect(transaction).rejects.toThrow('rolled back');
    await outside;
    expect(await db.all('SELECT id FROM things')).toEqual([{ id: 2 }]);
  });

  it('refuses a statement on a transaction that has ended', async () => {
    await open();
    let leaked: Parameters<Parameters<SqlDatabase['transaction']>[0]>[0] | undefined;
    await db.transaction(async (tx) => void (leaked = tx));
    await expect(leaked!.run('DELETE FROM things')).rejects.toThrow('already ended');
  });
});
