import { closeSync, openSync, readdirSync, statSync, truncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../shared/src/redact/test-helpers';
import { DATA_FILES } from './data-dir';
import { SessionLog } from './session-log';
import { chatEvent, frozenClock, useTempDirs } from './test-helpers';

/** A log of a few hundred events, closed (its WAL folded in), so the damage lands in the database file. */
function writtenLog(dir: string): void {
  const log = SessionLog.open(dir);
  for (let i = 0; i < 300; i++) log.appendEvent(chatEvent({ maskedText: `event ${i} ${'x'.repeat(500)}`, findings: [] }));
  log.close();
}

const damages = {
  'a truncated file': (file: string) => truncateSync(file, Math.floor(statSync(file).size / 3)),
  'random bytes in the middle': (file: string) => {
    const fd = openSync(file, 'r+');
    const size = statSync(file).size;
    // Past the schema pages, across several b-tree pages: headers and cell pointers become nonsense.
    const random = seededRandom(7);
    const garbage = Buffer.from(Array.from({ length: 16 * 1024 }, () => Math.floor(random() * 256)));
    writeSync(fd, garbage, 0, garbage.length, Math.floor(size / 2));
    closeSync(fd);
  },
};

describe('a damaged session-log database', () => {
  const tempDir = useTempDirs();

  it.each(Object.entries(damages))('after %s: says so in one line, keeps the file aside, starts a new log that records it, and takes events', (_name, damage) => {
    const dir = tempDir();
    writtenLog(dir);
    damage(join(dir, DATA_FILES.sessionLog));

    const clock = frozenClock();
    const reports: Array<{ where: string; message: string }> = [];
    const log = SessionLog.open(dir, {
      now: clock.now,
      journal: true,
      recoverDamaged: true,
      onError: (error, where) => reports.push({ where, message: error instanceof Error ? error.message : String(error) }),
    });
    const stamp = new Date(clock.now()).toISOString().replace(/[:.]/g, '-');
    const kept = `session-log.damaged-${stamp}.db`;
    expect(reports).toEqual([
      { where: 'session log', message: expect.stringMatching(new RegExp(`^the session log database was damaged \\(.+\\); it was moved to ${kept} and a new log was started$`)) },
    ]);
    expect(reports[0]!.message).not.toContain('\n');
    expect(readdirSync(dir)).toContain(kept);

    const [notice] = log.searchEvents({});
    expect(notice).toMatchObject({ seq: 1, kind: 'notice', maskedText: reports[0]!.message, detail: { notice: 'damaged_log_set_aside', damagedFile: kept } });
    log.appendEvent(chatEvent());
    expect(log.verify()).toEqual({ ok: true, events: 2 });
    log.close();
  });

  it('without recoverDamaged (the CLI), a damaged file is an error and stays where it is', () => {
    const dir = tempDir();
    writtenLog(dir);
    damages['a truncated file'](join(dir, DATA_FILES.sessionLog));
    let opened: SessionLog | undefined;
    try {
      opened = SessionLog.open(dir);
      opened.verify();
    } catch {
      // Expected: what matters is that nothing was moved.
    }
    opened?.close();
    expect(readdirSync(dir).filter((name) => name.includes('damaged'))).toEqual([]);
  });
});
