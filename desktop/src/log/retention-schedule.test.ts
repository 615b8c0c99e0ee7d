import { afterEach, describe, expect, it, vi } from 'vitest';
import { RETENTION_INTERVAL_MS, SessionLog } from './session-log';
import { chatEvent, frozenClock, useTempDirs } from './test-helpers';

const DAY = 24 * 60 * 60 * 1000;

describe('retention on a schedule', () => {
  const tempDir = useTempDirs();
  afterEach(() => {
    vi.useRealTimers();
  });

  it('applies the retention days it is given at start and again at every interval, reading the days each time', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const clock = frozenClock();
    const log = SessionLog.open(tempDir(), { now: clock.now });
    log.appendEvent(chatEvent({ at: clock.now() - 100 * DAY }));
    const month = log.appendEvent(chatEvent({ at: clock.now() - 20 * DAY }));
    const today = log.appendEvent(chatEvent());
    let days = 30;

    log.startRetention(() => days);
    expect(log.searchEvents({}).map((e) => e.id)).toEqual([today.id, month.id]);

    days = 10;
    vi.advanceTimersByTime(RETENTION_INTERVAL_MS);
    expect(log.searchEvents({}).map((e) => e.id)).toEqual([today.id]);
    expect(log.verify()).toEqual({ ok: true, events: 1 });
    log.close();
  });

  it('reports a pass that fails and keeps the timer going', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const reports: string[] = [];
    const log = SessionLog.open(tempDir(), { onError: (error) => reports.push(String(error)) });
    log.startRetention(() => -1);
    vi.advanceTimersByTime(RETENTION_INTERVAL_MS);
    expect(reports).toEqual([expect.stringMatching(/retention days must be a positive number/), expect.stringMatching(/retention days must be a positive number/)]);
    log.close();
  });
});
