import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATA_FILES } from './data-dir';
import { LogUnavailableError } from './errors';
import { SessionLog, type SessionLogOptions } from './session-log';
import { chatEvent, useTempDirs } from './test-helpers';
import type { StoredEvent } from './types';

const tempDir = useTempDirs();
const open: SessionLog[] = [];
afterEach(() => {
  for (const log of open.splice(0)) log.close();
});

/** The gateway's log: journaled events go into the database on the store thread. */
function gatewayLog(dir: string, options: SessionLogOptions = {}) {
  const reports: string[] = [];
  const log = SessionLog.open(dir, {
    journal: true,
    backgroundCheckpoints: { onError: (message) => reports.push(message) },
    onError: (error, where) => reports.push(`${where}: ${error instanceof Error ? error.message : String(error)}`),
    onJournalError: (error) => reports.push(`journal: ${String(error)}`),
    ...options,
  });
  open.push(log);
  return { log, reports };
}

const journalText = (dir: string) => readFileSync(join(dir, DATA_FILES.sessionLogJournal), 'utf8');
const prompt = (n: number) => chatEvent({ maskedText: `prompt ${n} for [EMAIL_1]`, conversationId: `conv-${n % 3}` });

describe('journaled events stored by the store thread', () => {
  it('are all stored once, in the order they were handed over, and each reaches its callback once', async () => {
    const dir = tempDir();
    const { log, reports } = gatewayLog(dir);
    const stored: StoredEvent[] = [];
    const ids = Array.from({ length: 40 }, (_, n) => log.journalEvent(prompt(n), (event) => stored.push(event)));
    await vi.waitFor(() => expect(stored).toHaveLength(40), { timeout: 30_000 });
    expect(stored.map((event) => event.id)).toEqual(ids);
    expect(stored.map((event) => event.seq)).toEqual(ids.map((_, n) => n + 1));
    await vi.waitFor(() => expect(journalText(dir)).toBe(''), { timeout: 30_000 });
    expect(log.verify()).toEqual({ ok: true, events: 40 });
    expect(reports).toEqual([]);
  });

  it('are seen by a read right after they are journaled, and a direct append goes in after them', () => {
    const { log } = gatewayLog(tempDir());
    const journaled = [log.journalEvent(prompt(1)), log.journalEvent(prompt(2))];
    const direct = log.appendEvent(prompt(3));
    expect(log.sessionTimeline(direct.sessionId).length).toBeGreaterThan(0);
    expect(
      log
        .searchEvents({})
        .map((event) => event.id)
        .reverse(),
    ).toEqual([...journaled, direct.id]);
    expect(log.searchEvents({ search: 'prompt 2' }).map((event) => event.id)).toEqual([journaled[1]]);
    expect(log.verify()).toEqual({ ok: true, events: 3 });
  });

  it('are stored by the log itself, in order, when the thread cannot store them, and the thread takes over again after', async () => {
    const dir = tempDir();
    // The thread's connection cannot grow the file: its first batch is refused.
    const { log } = gatewayLog(dir, { storeThread: { pragmas: ['max_page_count = 1'] } });
    const first = Array.from({ length: 5 }, (_, n) => log.journalEvent(prompt(n)));
    await vi.waitFor(() => expect(journalText(dir)).toBe(''), { timeout: 30_000 });
    expect(log.searchEvents({}).map((event) => event.id)).toEqual(first.reverse());
    log['storeThread']!.pragma('max_page_count = 1073741823');
    const stored: StoredEvent[] = [];
    const later = log.journalEvent(prompt(6), (event) => stored.push(event));
    await vi.waitFor(() => expect(stored.map((event) => event.id)).toEqual([later]), { timeout: 30_000 });
    expect(log.verify()).toEqual({ ok: true, events: 6 });
  });

  it('keep the documented full-disk behaviour: held in the journal, refused while the log is at fault, all stored once space frees', async () => {
    const dir = tempDir();
    const { log, reports } = gatewayLog(dir, { storeThread: { pragmas: ['max_page_count = 1'] } });
    const db = log['db'];
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const big = (n: number) => chatEvent({ maskedText: `prompt ${n} ${'lorem ipsum dolor '.repeat(4000)}`, findings: [] });
    const journaled = log.journalEvent(big(1));
    await vi.waitFor(() => expect(log.fault?.code).toBe('disk_full'), { timeout: 30_000 });
    expect(journalText(dir)).toContain(journaled);
    expect(() => log.journalEvent(big(2))).toThrow(LogUnavailableError);
    expect(reports.filter((report) => /disk is full/.test(report))).toHaveLength(1);

    db.pragma('max_page_count = 1073741823');
    await vi.waitFor(() => expect(log.fault).toBeUndefined(), { timeout: 30_000 });
    const next = log.journalEvent(big(3));
    expect(log.searchEvents({}).map((event) => event.id)).toEqual([next, journaled]);
    await vi.waitFor(() => expect(journalText(dir)).toBe(''), { timeout: 30_000 });
    expect(log.verify()).toEqual({ ok: true, events: 2 });
  });

  it('are not stored twice when a crash leaves them in the journal after they went into the database', () => {
    const dir = tempDir();
    const { log } = gatewayLog(dir);
    const ids = Array.from({ length: 3 }, (_, n) => log.journalEvent(prompt(n)));
    // A read waits for the thread: all three are stored, and the journal is cut only later.
    expect(log.searchEvents({})).toHaveLength(3);
    const leftover = journalText(dir);
    expect(leftover.split('\n').filter(Boolean)).toHaveLength(3);
    log.close();
    writeFileSync(join(dir, DATA_FILES.sessionLogJournal), leftover);
    const { log: again } = gatewayLog(dir);
    expect(storedIds(again)).toEqual(ids);
    expect(again.verify()).toEqual({ ok: true, events: 3 });
  });

  it('leave nothing behind at close: a new log finds every event stored and an empty journal', () => {
    const dir = tempDir();
    const { log } = gatewayLog(dir);
    const ids = Array.from({ length: 10 }, (_, n) => log.journalEvent(prompt(n)));
    log.close();
    expect(journalText(dir)).toBe('');
    const again = SessionLog.open(dir);
    open.push(again);
    expect(storedIds(again)).toEqual(ids);
  });
});

/** The ids of every stored event, oldest first. */
function storedIds(log: SessionLog): string[] {
  return log
    .searchEvents({})
    .map((event) => event.id)
    .reverse();
}
