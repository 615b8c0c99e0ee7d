import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from './errors';
import { SessionLog } from './session-log';
import { chatEvent, frozenClock, useTempDirs } from './test-helpers';

const DAY = 24 * 60 * 60 * 1000;

describe('retention', () => {
  const tempDir = useTempDirs();

  it('deletes old events and sessions, and the kept chain still verifies', () => {
    const clock = frozenClock();
    const log = SessionLog.open(tempDir(), { now: clock.now });
    const old = log.appendEvent(chatEvent({ conversationId: 'old' }));
    const mixedOld = log.appendEvent(chatEvent({ conversationId: 'mixed' }));
    clock.advance(40 * DAY);
    const mixedNew = log.appendEvent(chatEvent({ conversationId: 'mixed' }));
    const fresh = log.appendEvent(chatEvent({ conversationId: 'fresh' }));

    expect(log.applyRetention(30)).toEqual({ deletedEvents: 2, deletedSessions: 1, checkpointSeq: mixedOld.seq });
    expect(log.verify()).toEqual({ ok: true, events: 2 });
    expect(log.getSession(old.sessionId)).toBeNull();
    expect(log.getSession(mixedNew.sessionId)).toMatchObject({ startedAt: mixedNew.at, eventCount: 1 });
    expect(log.searchEvents({ search: 'invoice' }).map((e) => e.seq)).toEqual([fresh.seq, mixedNew.seq]);

    // The chain goes on from the kept head, and a second pass with nothing old enough is a no-op.
    log.appendEvent(chatEvent());
    expect(log.applyRetention(30)).toEqual({ deletedEvents: 0, deletedSessions: 0, checkpointSeq: null });
    expect(log.verify()).toEqual({ ok: true, events: 3 });
    log.close();
  });

  it('continues the chain from the checkpoint after everything was deleted', () => {
    const clock = frozenClock();
    const dir = tempDir();
    const log = SessionLog.open(dir, { now: clock.now });
    log.appendEvent(chatEvent());
    const last = log.appendEvent(chatEvent());
    clock.advance(10 * DAY);
    expect(log.applyRetention(1)).toMatchObject({ deletedEvents: 2 });
    expect(log.verify()).toEqual({ ok: true, events: 0 });
    log.close();

    const reopened = SessionLog.open(dir, { now: clock.now });
    const next = reopened.appendEvent(chatEvent());
    expect(next).toMatchObject({ seq: last.seq + 1, prevHash: last.hash });
    expect(reopened.verify()).toEqual({ ok: true, events: 1 });
    reopened.close();
  });

  it('stops at the first young event, so a clock that went backwards never leaves a hole', () => {
    const clock = frozenClock();
    const log = SessionLog.open(tempDir(), { now: clock.now });
    log.appendEvent(chatEvent({ at: clock.now() - 90 * DAY }));
    log.appendEvent(chatEvent({ at: clock.now() }));
    log.appendEvent(chatEvent({ at: clock.now() - 90 * DAY }));
    expect(log.applyRetention(30)).toMatchObject({ deletedEvents: 1, checkpointSeq: 1 });
    expect(log.verify()).toEqual({ ok: true, events: 2 });
    log.close();
  });

  it('rejects a retention that is not a positive number of days', () => {
    const log = SessionLog.open(tempDir());
    for (const days of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => log.applyRetention(days)).toThrow(InvalidArgumentError);
    log.close();
  });
});
