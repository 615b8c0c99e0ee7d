import { afterEach, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../db/sql';
import { ENGINES } from '../testing/engines';
import { testDb } from '../testing/memory-db';
import { CURSOR_START, moveForwardCursor, readForwardCursor } from './forward-cursor';

describe.each(ENGINES)('forward cursor on %s', (engine) => {
  let db: SqlDatabase | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('starts at the beginning, moves only from where it stands, and a forwarder that lost its turn cannot move it back', async () => {
    db = (await testDb(engine)).db;
    expect(await readForwardCursor(db, 'siem')).toEqual(CURSOR_START);
    const first = { seq: 7, tx: engine === 'postgres' ? '812' : '0' };
    expect(await moveForwardCursor(db, 'siem', CURSOR_START, first)).toBe(true);
    expect(await readForwardCursor(db, 'siem')).toEqual(first);
    // A second forwarder still holding the start tries to move it to an earlier place.
    expect(await moveForwardCursor(db, 'siem', CURSOR_START, { seq: 3, tx: first.tx })).toBe(false);
    expect(await readForwardCursor(db, 'siem')).toEqual(first);
    expect(await readForwardCursor(db, 'other')).toEqual(CURSOR_START);
  });
});
