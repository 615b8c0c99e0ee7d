import { afterEach, describe, expect, it, vi } from 'vitest';
import { LogHealth } from './faults';
import { INDEX_MAX_WAIT_MS, INDEX_SLICE_ROWS, IndexTimer } from './index-timer';
import { SessionLog } from './session-log';
import { chatEvent, useTempDirs } from './test-helpers';

const tempDir = useTempDirs();
const open: SessionLog[] = [];
afterEach(() => {
  vi.useRealTimers();
  for (const log of open.splice(0)) log.close();
});

/** A log without the gateway's own timer, its database, and how far its full-text index has caught up. */
function logWithBacklog(events: number) {
  const log = SessionLog.open(tempDir());
  open.push(log);
  for (let i = 0; i < events; i++) log.appendEvent(chatEvent({ maskedText: `prompt ${i} about [EMAIL_1]` }));
  const db = log['db'];
  const indexed = () => db.prepare<[], number>('SELECT last_seq FROM fts_progress').pluck().get()!;
  const last = () => db.prepare<[], number>('SELECT max(seq) FROM events').pluck().get()!;
  return { log, db, indexed, last };
}

describe('the index timer', () => {
  it('indexes a backlog a slice per turn, so requests are answered between slices, and reaches the end', async () => {
    vi.useFakeTimers();
    const { db, indexed, last } = logWithBacklog(INDEX_SLICE_ROWS * 3 + 5);
    const timer = new IndexTimer(db, new LogHealth(() => {}));
    timer.schedule();
    await vi.advanceTimersToNextTimerAsync();
    expect(indexed()).toBe(INDEX_SLICE_ROWS);
    await vi.runAllTimersAsync();
    expect(indexed()).toBe(last());
    timer.stop();
  });

  it('still indexes under appends that never pause', async () => {
    vi.useFakeTimers();
    const { log, db, indexed } = logWithBacklog(1);
    const timer = new IndexTimer(db, new LogHealth(() => {}));
    // An append every 100 ms, each asking for indexing once appends pause: they never do.
    for (let elapsed = 0; elapsed <= INDEX_MAX_WAIT_MS + 200; elapsed += 100) {
      log.appendEvent(chatEvent());
      timer.schedule();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(indexed()).toBeGreaterThan(0);
    timer.stop();
  });
});
