import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { eventHash } from './chain';
import { DATA_FILES } from './data-dir';
import { EVENT_COLUMNS, type EventRow } from './rows';
import { SessionLog } from './session-log';
import { chatEvent, useTempDirs } from './test-helpers';

/** A second, raw connection: what someone editing the file by hand would use. */
function rawConnection(dir: string): Database.Database {
  return new Database(join(dir, DATA_FILES.sessionLog));
}

describe('hash chain', () => {
  const tempDir = useTempDirs();

  function logWith(n: number) {
    const dir = tempDir();
    const log = SessionLog.open(dir);
    for (let i = 0; i < n; i++) log.appendEvent(chatEvent({ maskedText: `event ${i}`, findings: [] }));
    return { dir, log };
  }

  it('verifies an untouched log', () => {
    const { log } = logWith(5);
    expect(log.verify()).toEqual({ ok: true, events: 5 });
    log.close();
  });

  it('refuses UPDATE and DELETE through ordinary SQL', () => {
    const { dir, log } = logWith(2);
    const raw = rawConnection(dir);
    expect(() => raw.prepare("UPDATE events SET verdict = 'allow' WHERE seq = 1").run()).toThrow(/append-only/);
    expect(() => raw.prepare('DELETE FROM events WHERE seq = 2').run()).toThrow(/append-only/);
    expect(() => raw.prepare("INSERT INTO checkpoints (at, last_deleted_seq, last_deleted_hash, deleted_count) VALUES (0, 1, 'forged', 1)").run()).toThrow(
      /checkpoint/,
    );
    raw.close();
    expect(log.verify()).toEqual({ ok: true, events: 2 });
    log.close();
  });

  it('finds a row edited after its trigger was dropped', () => {
    const { dir, log } = logWith(4);
    const raw = rawConnection(dir);
    raw.exec('DROP TRIGGER events_no_update');
    raw.prepare("UPDATE events SET masked_text = 'event 2, but nicer' WHERE seq = 3").run();
    raw.close();
    expect(log.verify()).toEqual({ ok: false, firstBrokenSeq: 3, reason: 'hash_mismatch' });
    log.close();
  });

  it('finds an edit whose row hash was recomputed, at the next event', () => {
    const { dir, log } = logWith(4);
    const raw = rawConnection(dir);
    raw.exec('DROP TRIGGER events_no_update');
    const row = raw.prepare<[], EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE seq = 2`).get();
    if (!row) throw new Error('seeded row missing');
    const forged = { ...row, verdict: 'allow' };
    raw.prepare('UPDATE events SET verdict = ?, hash = ? WHERE seq = 2').run(forged.verdict, eventHash(forged));
    raw.close();
    expect(log.verify()).toEqual({ ok: false, firstBrokenSeq: 3, reason: 'prev_hash_mismatch' });
    log.close();
  });

  it('finds a deleted event in the middle and a cut tail', () => {
    const middle = logWith(4);
    const raw = rawConnection(middle.dir);
    raw.exec('DROP TRIGGER events_delete_only_checkpointed');
    raw.prepare('DELETE FROM events WHERE seq = 2').run();
    raw.close();
    expect(middle.log.verify()).toEqual({ ok: false, firstBrokenSeq: 3, reason: 'seq_gap' });
    middle.log.close();

    const tail = logWith(4);
    const raw2 = rawConnection(tail.dir);
    raw2.exec('DROP TRIGGER events_delete_only_checkpointed');
    raw2.prepare('DELETE FROM events WHERE seq = 4').run();
    raw2.close();
    expect(tail.log.verify()).toEqual({ ok: false, firstBrokenSeq: 4, reason: 'tail_missing' });
    tail.log.close();
  });
});
