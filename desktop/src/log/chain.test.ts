import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { eventHash } from './chain';
import { DATA_FILES } from './data-dir';
import { EVENT_COLUMNS, type EventRow } from './rows';
import { seededRandom } from '../../../shared/src/redact/test-helpers';
import { SessionLog } from './session-log';
import { chatEvent, useTempDirs } from './test-helpers';

/** Code units that make unicode hard: lone and paired surrogates, BOM, NUL, noncharacters, combining marks. */
const AWKWARD = ['\ud800', '\udfff', '\ud83d\ude00', '\udc00\ud800', '\ufeff', '\u0000', '\uffff', 'e\u0301', '\u202e', '"', '\\', '\n'];

function fuzzedText(random: () => number): string {
  let text = '';
  const length = Math.floor(random() * 40);
  for (let i = 0; i < length; i++) {
    text += random() < 0.5 ? AWKWARD[Math.floor(random() * AWKWARD.length)]! : String.fromCharCode(Math.floor(random() * 0x10000));
  }
  return text;
}

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
    expect(() => raw.prepare("INSERT INTO checkpoints (at, last_deleted_seq, last_deleted_hash, deleted_count) VALUES (0, 1, 'forged', 1)").run()).toThrow(/checkpoint/);
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
    expect(log.verify()).toEqual({ ok: false, events: 4, brokenCount: 1, breaks: [{ seq: 3, reason: 'hash_mismatch' }] });
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
    expect(log.verify()).toEqual({ ok: false, events: 4, brokenCount: 1, breaks: [{ seq: 3, reason: 'prev_hash_mismatch' }] });
    log.close();
  });

  it('finds a deleted event in the middle and a cut tail', () => {
    const middle = logWith(4);
    const raw = rawConnection(middle.dir);
    raw.exec('DROP TRIGGER events_delete_only_checkpointed');
    raw.prepare('DELETE FROM events WHERE seq = 2').run();
    raw.close();
    expect(middle.log.verify()).toEqual({ ok: false, events: 3, brokenCount: 1, breaks: [{ seq: 3, reason: 'seq_gap' }] });
    middle.log.close();

    const tail = logWith(4);
    const raw2 = rawConnection(tail.dir);
    raw2.exec('DROP TRIGGER events_delete_only_checkpointed');
    raw2.prepare('DELETE FROM events WHERE seq = 4').run();
    raw2.close();
    expect(tail.log.verify()).toEqual({ ok: false, events: 3, brokenCount: 1, breaks: [{ seq: 4, reason: 'tail_missing' }] });
    tail.log.close();
  });

  it('verifies events whose text holds lone surrogates and other awkward unicode, in every text field', () => {
    const dir = tempDir();
    const random = seededRandom(14);
    const log = SessionLog.open(dir, { journal: true });
    for (let i = 0; i < 200; i++) {
      const event = chatEvent({
        maskedText: fuzzedText(random),
        source: `site-${fuzzedText(random)}`,
        conversationId: `conv-${i % 7}-${fuzzedText(random)}`,
        requester: `Chrome ${fuzzedText(random)}`,
        findings: [],
        detail: { note: fuzzedText(random) },
      });
      if (i % 2 === 0) log.appendEvent(event);
      else log.journalEvent(event);
    }
    expect(log.verify()).toEqual({ ok: true, events: 200 });
    log.close();

    const reopened = SessionLog.open(dir);
    expect(reopened.verify()).toEqual({ ok: true, events: 200 });
    const stored = reopened.searchEvents({ limit: 1000 });
    expect(stored.some((e) => e.maskedText.includes('\ufffd'))).toBe(true);
    expect(stored.every((e) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(e.maskedText))).toBe(true);
    reopened.close();
  });

  it('stores a lone surrogate as the replacement character, and the same event again is the same event', () => {
    const log = SessionLog.open(tempDir());
    const event = chatEvent({ id: '6f1c1f7e-4a1b-4c55-9a55-2f0f0d7b0001', maskedText: 'a\ud800b', findings: [] });
    const first = log.appendEvent(event);
    expect(first.maskedText).toBe('a\ufffdb');
    expect(log.appendEvent(event)).toEqual(first);
    expect(log.verify()).toEqual({ ok: true, events: 1 });
    log.close();
  });

  it('reports every broken link, not only the first', () => {
    const { dir, log } = logWith(6);
    const raw = rawConnection(dir);
    raw.exec('DROP TRIGGER events_no_update');
    raw.prepare("UPDATE events SET masked_text = 'rewritten' WHERE seq = 2").run();
    raw.prepare("UPDATE events SET verdict = 'allow' WHERE seq = 5").run();
    raw.close();
    expect(log.verify()).toEqual({
      ok: false,
      events: 6,
      brokenCount: 2,
      breaks: [
        { seq: 2, reason: 'hash_mismatch' },
        { seq: 5, reason: 'hash_mismatch' },
      ],
    });
    log.close();
  });
});
