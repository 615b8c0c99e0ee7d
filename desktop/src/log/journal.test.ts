import { randomUUID } from 'node:crypto';
import { appendFileSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { DATA_FILES } from './data-dir';
import { InvalidEventError } from './errors';
import { prepareEvent } from './event-input';
import { SessionLog } from './session-log';
import { chatEvent, useTempDirs } from './test-helpers';
import type { StoredEvent } from './types';

const reply = (text: string) => chatEvent({ kind: 'reply', verdict: 'allow', maskedText: text, findings: [] });
const journalFile = (dir: string) => join(dir, DATA_FILES.sessionLogJournal);

describe('SessionLog journal', () => {
  const tempDir = useTempDirs();
  const open = (dir: string, options: Parameters<typeof SessionLog.open>[1] = {}) => SessionLog.open(dir, { ...options, journal: true });

  it('makes an event durable in the journal at once and chains it into the database with the next append', () => {
    const dir = tempDir();
    const log = open(dir);
    const stored: StoredEvent[] = [];
    const first = log.appendEvent(chatEvent());
    const replyId = log.journalEvent(reply('the answer'), (event) => stored.push(event));
    expect(readFileSync(journalFile(dir), 'utf8')).toContain(replyId);
    // Not in the database yet: another connection (the CLI) does not see it.
    const reader = SessionLog.open(dir);
    expect(reader.searchEvents({}).map((event) => event.id)).toEqual([first.id]);

    const next = log.appendEvent(chatEvent({ maskedText: 'next question', findings: [] }));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: replyId, seq: 2, prevHash: first.hash, kind: 'reply', maskedText: 'the answer' });
    expect(next).toMatchObject({ seq: 3, prevHash: stored[0]!.hash });
    expect(reader.searchEvents({}).map((event) => event.seq)).toEqual([3, 2, 1]);
    expect(reader.verify()).toEqual({ ok: true, events: 3 });
    expect(statSync(journalFile(dir)).size).toBe(0);
    reader.close();
    log.close();
  });

  it('stores journaled events in one batch after a moment, in the order they came', async () => {
    const dir = tempDir();
    const log = open(dir);
    const onStored = vi.fn();
    log.journalEvent(reply('one'), onStored);
    log.journalEvent(reply('two'), onStored);
    const reader = SessionLog.open(dir);
    await vi.waitFor(() => expect(reader.searchEvents({}).map((event) => event.maskedText)).toEqual(['two', 'one']), { timeout: 60_000 });
    expect(onStored.mock.calls.map(([event]) => (event as StoredEvent).seq)).toEqual([1, 2]);
    reader.close();
    log.close();
  });

  it('shows journaled events to its own reads at once, and stores them on close', () => {
    const dir = tempDir();
    const log = open(dir);
    const id = log.journalEvent(reply('seen by the UI'));
    expect(log.searchEvents({}).map((event) => event.id)).toEqual([id]);
    log.journalEvent(reply('stored on close'));
    log.close();
    const reopened = SessionLog.open(dir);
    expect(reopened.searchEvents({}).map((event) => event.maskedText)).toEqual(['stored on close', 'seen by the UI']);
    expect(reopened.verify()).toEqual({ ok: true, events: 2 });
    reopened.close();
  });

  it('stores what a killed run left in the journal when the owner opens the log again', () => {
    const dir = tempDir();
    const log = open(dir);
    log.appendEvent(chatEvent());
    // As if the process died after journaling these: lines on disk, nothing in the database.
    const lost = [prepareEvent(reply('journaled, then killed'), Date.now()), prepareEvent(reply('also journaled'), Date.now())];
    appendFileSync(journalFile(dir), lost.map((event) => `${JSON.stringify(event)}\n`).join(''));
    // A crash can cut the last line short; it was never acknowledged.
    appendFileSync(journalFile(dir), '{"id":"cut-of');
    log.close();

    const onJournalError = vi.fn();
    const restarted = open(dir, { onJournalError });
    expect(restarted.searchEvents({}).map((event) => event.id)).toEqual([lost[1]!.id, lost[0]!.id, expect.any(String)]);
    expect(restarted.verify()).toEqual({ ok: true, events: 3 });
    expect(onJournalError).not.toHaveBeenCalled();
    expect(statSync(journalFile(dir)).size).toBe(0);
    restarted.close();
  });

  it('hands the events it replayed at open to whoever forwards stored events (the org outbox), once', () => {
    const dir = tempDir();
    const log = open(dir);
    const lost = [prepareEvent(reply('journaled before kill -9'), Date.now()), prepareEvent(reply('also journaled'), Date.now())];
    appendFileSync(journalFile(dir), lost.map((event) => `${JSON.stringify(event)}\n`).join(''));
    log.close();

    const restarted = open(dir);
    // The forwarder starts listening after the log opened, as the org connection does in the gateway.
    const forwarded: StoredEvent[] = [];
    restarted.forwardReplayed((event) => forwarded.push(event));
    expect(forwarded.map((event) => event.id)).toEqual(lost.map((event) => event.id));
    expect(forwarded.map((event) => event.seq)).toEqual([1, 2]);
    // Events of this run go their own way (their onStored), never through the replay forwarder.
    restarted.journalEvent(reply('new in this run'));
    restarted.flushJournal();
    expect(forwarded).toHaveLength(2);
    restarted.close();
  });

  it('stores a journaled event once even when the crash came after it reached the database', () => {
    const dir = tempDir();
    const log = open(dir);
    const id = log.journalEvent(reply('stored, journal not yet emptied'));
    const line = readFileSync(journalFile(dir), 'utf8');
    log.close();
    appendFileSync(journalFile(dir), line);
    const restarted = open(dir);
    expect(restarted.searchEvents({}).map((event) => event.id)).toEqual([id]);
    restarted.close();
  });

  it('reports damaged journal lines and stores the rest', () => {
    const dir = tempDir();
    open(dir).close();
    const good = prepareEvent(reply('good'), Date.now());
    appendFileSync(journalFile(dir), `{"not":"an event"}\n${JSON.stringify(good)}\n`);
    const onJournalError = vi.fn();
    const log = open(dir, { onJournalError });
    expect(onJournalError).toHaveBeenCalledWith(expect.objectContaining({ message: expect.stringMatching(/1 damaged line/) }));
    expect(log.searchEvents({}).map((event) => event.id)).toEqual([good.id]);
    log.close();
  });

  it('refuses a bad event at once, journals nothing for it, and needs the journal option', () => {
    const dir = tempDir();
    const log = open(dir);
    expect(() => log.journalEvent(chatEvent({ findings: [{ type: 'email', category: 'pii', start: 0, end: 5, valueHash: 'raw@value.com' }] }))).toThrow(InvalidEventError);
    expect(statSync(journalFile(dir)).size).toBe(0);
    log.close();
    const cli = SessionLog.open(tempDir());
    expect(() => cli.journalEvent(reply('x'))).toThrow(/journal/);
    cli.close();
  });

  it('drops an event the log refuses, reporting it, without losing the others', () => {
    const onJournalError = vi.fn();
    const dir = tempDir();
    const log = open(dir, { onJournalError });
    const id = randomUUID();
    log.appendEvent(chatEvent({ id }));
    log.journalEvent(chatEvent({ id, maskedText: 'conflicts with the stored event', findings: [] }));
    const kept = log.journalEvent(reply('kept'));
    log.flushJournal();
    expect(onJournalError).toHaveBeenCalledWith(expect.objectContaining({ code: 'event_id_conflict' }));
    expect(log.searchEvents({}).map((event) => event.id)).toEqual([kept, id]);
    expect(log.verify()).toEqual({ ok: true, events: 2 });
    expect(statSync(journalFile(dir)).size).toBe(0);
    log.close();
  });

  it('keeps events journaled while the database is unavailable, and stores them once it is back', async () => {
    const onJournalError = vi.fn();
    const dir = tempDir();
    const log = open(dir, { onJournalError });
    // Another process holds the write lock past the busy timeout.
    const other = new Database(join(dir, DATA_FILES.sessionLog));
    other.pragma('busy_timeout = 0');
    // The log waits 5 s for a lock before it gives up; a shorter wait keeps this test short.
    (log as unknown as { db: Database.Database }).db.pragma('busy_timeout = 50');
    other.exec('BEGIN IMMEDIATE');
    const id = log.journalEvent(reply('waits for the lock'));
    log.flushJournal();
    expect(onJournalError).toHaveBeenCalledWith(expect.objectContaining({ code: 'SQLITE_BUSY' }));
    expect(readFileSync(journalFile(dir), 'utf8')).toContain(id);
    other.exec('ROLLBACK');
    other.close();
    await vi.waitFor(() => expect(statSync(journalFile(dir)).size).toBe(0), { timeout: 60_000 });
    expect(log.searchEvents({}).map((event) => event.id)).toEqual([id]);
    log.close();
  });
});
