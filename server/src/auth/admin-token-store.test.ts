import { afterEach, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../db/sql';
import { ENGINES } from '../testing/engines';
import { testDb } from '../testing/memory-db';
import { AdminTokens } from './admin-tokens';

describe.each(ENGINES)('the admin token store on %s', (engine) => {
  let db: SqlDatabase | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('makes a first token once, even when two servers start at the same time', async () => {
    ({ db } = await testDb(engine));
    const tokens = new AdminTokens(db);
    const first = await Promise.all([tokens.ensureFirst(), new AdminTokens(db).ensureFirst()]);
    expect(first.filter((token) => token !== undefined)).toHaveLength(1);
    expect(await tokens.ensureFirst()).toBeUndefined();
    expect((await tokens.verify(first.find(Boolean)!))?.roles).toEqual(new Set(['admin', 'approver']));
  });

  it('revokes by listed id, replaces all, and refuses every token when disabled', async () => {
    ({ db } = await testDb(engine));
    const tokens = new AdminTokens(db);
    const kept = await tokens.create('kept');
    const gone = await tokens.create('gone');
    const id = (await tokens.list()).find((listing) => listing.name === 'gone')!.id;
    expect(await tokens.revoke(id)).toBe(true);
    expect(await tokens.revoke(id)).toBe(false);
    expect(await tokens.revoke("' OR 1=1 --")).toBe(false);
    expect(await tokens.verify(gone)).toBeUndefined();
    expect((await tokens.verify(kept))?.name).toBe('kept');
    expect(await new AdminTokens(db, Date.now, false).verify(kept)).toBeUndefined();

    const fresh = await tokens.replaceAll();
    expect(await tokens.verify(kept)).toBeUndefined();
    expect((await tokens.verify(fresh))?.name).toBe('quick-start admin');
    expect((await tokens.list()).map((listing) => listing.name)).toEqual(['quick-start admin']);
  });
});
