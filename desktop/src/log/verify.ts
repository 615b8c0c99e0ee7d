import { eventHash, GENESIS_HASH } from './chain';
import { EVENT_COLUMNS, type EventRow } from './rows';
import type { SqliteDatabase } from './sqlite';
import type { BrokenLink, VerifyResult } from './types';

/** How many broken links a result lists; a wholesale rewrite would otherwise list every event. */
export const MAX_LISTED_BREAKS = 100;

/**
 * Walks the chain from the newest retention checkpoint (or the genesis hash) to the head, recomputing every
 * hash, and reports every broken link, not only the first: a false alarm early on must not hide a real edit
 * later. After a break the walk goes on from the row as stored, so one edit is reported once, where it is.
 */
export function verifyChain(db: SqliteDatabase): VerifyResult {
  const checkpoint = db.prepare<[], { seq: number; hash: string }>('SELECT last_deleted_seq AS seq, last_deleted_hash AS hash FROM checkpoints ORDER BY id DESC LIMIT 1').get();
  let expectedSeq = (checkpoint?.seq ?? 0) + 1;
  let expectedPrev = checkpoint?.hash ?? GENESIS_HASH;
  let events = 0;
  let brokenCount = 0;
  const breaks: BrokenLink[] = [];
  const broken = (link: BrokenLink): void => {
    brokenCount++;
    if (breaks.length < MAX_LISTED_BREAKS) breaks.push(link);
  };

  const rows = db.prepare<[number], EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE seq >= ? ORDER BY seq`);
  for (const row of rows.iterate(expectedSeq)) {
    // The row after a gap points at an event that is gone: one break, the gap, not two.
    if (row.seq !== expectedSeq) broken({ seq: row.seq, reason: 'seq_gap' });
    else if (row.prev_hash !== expectedPrev) broken({ seq: row.seq, reason: 'prev_hash_mismatch' });
    if (eventHash(row) !== row.hash) broken({ seq: row.seq, reason: 'hash_mismatch' });
    expectedPrev = row.hash;
    expectedSeq = row.seq + 1;
    events++;
  }

  // AUTOINCREMENT remembers the highest seq ever written: if it is past the last row, the newest events are gone.
  const highest = db.prepare<[], number>("SELECT seq FROM sqlite_sequence WHERE name = 'events'").pluck().get() ?? 0;
  if (highest >= expectedSeq) broken({ seq: expectedSeq, reason: 'tail_missing' });
  return brokenCount === 0 ? { ok: true, events } : { ok: false, events, brokenCount, breaks };
}
