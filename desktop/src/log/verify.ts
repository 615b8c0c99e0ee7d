import { eventHash, GENESIS_HASH } from './chain';
import { EVENT_COLUMNS, type EventRow } from './rows';
import type { SqliteDatabase } from './sqlite';
import type { ChainBreak, VerifyResult } from './types';

/**
 * Walks the chain from the newest retention checkpoint (or the genesis hash) to the head, recomputing every
 * hash. Reports the first event where the chain breaks; events after a break cannot be trusted either.
 */
export function verifyChain(db: SqliteDatabase): VerifyResult {
  const checkpoint = db
    .prepare<[], { seq: number; hash: string }>(
      'SELECT last_deleted_seq AS seq, last_deleted_hash AS hash FROM checkpoints ORDER BY id DESC LIMIT 1',
    )
    .get();
  let expectedSeq = (checkpoint?.seq ?? 0) + 1;
  let expectedPrev = checkpoint?.hash ?? GENESIS_HASH;
  let events = 0;
  const broken = (firstBrokenSeq: number, reason: ChainBreak): VerifyResult => ({ ok: false, firstBrokenSeq, reason });

  const rows = db.prepare<[number], EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE seq >= ? ORDER BY seq`);
  for (const row of rows.iterate(expectedSeq)) {
    if (row.seq !== expectedSeq) return broken(row.seq, 'seq_gap');
    if (row.prev_hash !== expectedPrev) return broken(row.seq, 'prev_hash_mismatch');
    if (eventHash(row) !== row.hash) return broken(row.seq, 'hash_mismatch');
    expectedPrev = row.hash;
    expectedSeq++;
    events++;
  }

  // AUTOINCREMENT remembers the highest seq ever written: if it is past the last row, the newest events are gone.
  const highest = db.prepare<[], number>("SELECT seq FROM sqlite_sequence WHERE name = 'events'").pluck().get() ?? 0;
  if (highest >= expectedSeq) return broken(expectedSeq, 'tail_missing');
  return { ok: true, events };
}
