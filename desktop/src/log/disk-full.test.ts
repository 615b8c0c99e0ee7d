import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DATA_FILES } from './data-dir';
import { LogUnavailableError } from './errors';
import { SessionLog, type SessionLogOptions } from './session-log';
import { chatEvent, useTempDirs } from './test-helpers';

/** Big enough to need fresh pages: a log at its page cap cannot take it. */
const bigEvent = (n: number) => chatEvent({ maskedText: `prompt ${n} ${'lorem ipsum dolor '.repeat(4000)}`, findings: [] });

/**
 * SQLite's own disk-full simulation: a connection with `max_page_count` at the file's current size gets
 * SQLITE_FULL as soon as a write needs one more page, exactly as on a full volume.
 */
function fillDisk(log: SessionLog): void {
  const db = log['db'];
  db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
}

function freeDisk(log: SessionLog): void {
  log['db'].pragma('max_page_count = 1073741823');
}

function openWithReports(dir: string, options: SessionLogOptions = {}) {
  const reports: Array<{ where: string; message: string }> = [];
  const log = SessionLog.open(dir, {
    ...options,
    onError: (error, where) => reports.push({ where, message: error instanceof Error ? error.message : String(error) }),
    onJournalError: (error) => reports.push({ where: 'journal', message: String(error) }),
  });
  return { log, reports };
}

describe('a full disk under the session log', () => {
  const tempDir = useTempDirs();

  it('refuses appends with a clear error, reported once, keeps reads working, and recovers by itself', () => {
    const { log, reports } = openWithReports(tempDir());
    log.appendEvent(chatEvent());
    fillDisk(log);
    for (let i = 0; i < 3; i++) {
      const error: unknown = (() => {
        try {
          log.appendEvent(bigEvent(i));
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(LogUnavailableError);
      expect(error).toMatchObject({ code: 'disk_full', message: expect.stringMatching(/^the session log's disk is full/) });
    }
    expect(log.fault?.code).toBe('disk_full');
    expect(reports).toEqual([{ where: 'session log', message: expect.stringMatching(/^the session log's disk is full/) }]);
    expect(log.searchEvents({})).toHaveLength(1);

    freeDisk(log);
    log.appendEvent(bigEvent(3));
    expect(log.fault).toBeUndefined();
    expect(reports.at(-1)).toEqual({ where: 'session log', message: 'the session log takes events again' });
    expect(log.verify()).toEqual({ ok: true, events: 2 });
    log.close();
  });

  it('keeps journaled events durable while the database cannot take them, refuses new ones, and stores them all once space frees', async () => {
    const dir = tempDir();
    const { log, reports } = openWithReports(dir, { journal: true });
    fillDisk(log);
    const journaled = log.journalEvent(bigEvent(1));
    // The batch goes in after a few ms, is refused, and stays in the journal.
    await vi.waitFor(() => expect(log.fault?.code).toBe('disk_full'), { timeout: 10_000 });
    expect(readFileSync(join(dir, DATA_FILES.sessionLogJournal), 'utf8')).toContain(journaled);
    expect(() => log.journalEvent(bigEvent(2))).toThrow(LogUnavailableError);
    expect(reports.filter((r) => /disk is full/.test(r.message))).toHaveLength(1);

    freeDisk(log);
    // The retry timer stores the waiting batch by itself.
    await vi.waitFor(() => expect(log.fault).toBeUndefined(), { timeout: 10_000 });
    const next = log.journalEvent(bigEvent(3));
    expect(log.searchEvents({}).map((e) => e.id)).toEqual([next, journaled]);
    expect(readFileSync(join(dir, DATA_FILES.sessionLogJournal), 'utf8')).toBe('');
    expect(log.verify()).toEqual({ ok: true, events: 2 });
    log.close();
  });

  it('does not let the full-text index timer throw: it reports the full disk and catches up once space frees', async () => {
    const { log, reports } = openWithReports(tempDir(), { backgroundCheckpoints: { onError: () => {} } });
    for (let i = 0; i < 20; i++) log.appendEvent(bigEvent(i));
    // Appends are synchronous: the index timer has not run yet, and now it cannot write.
    fillDisk(log);
    await vi.waitFor(() => expect(reports).toContainEqual({ where: 'session log index', message: expect.stringMatching(/disk is full/) }), { timeout: 10_000 });
    freeDisk(log);
    expect(log.searchEvents({ search: 'prompt 19' }).map((e) => e.maskedText.slice(0, 9))).toEqual(['prompt 19']);
    log.close();
  });
});
