import { describe, expect, it } from 'vitest';
import type { ExportedEvent } from './export-jsonl';
import { SessionLog } from './session-log';
import { chatEvent, frozenClock, useTempDirs } from './test-helpers';

const HOUR = 60 * 60 * 1000;

function exported(log: SessionLog, since: number | undefined): ExportedEvent[] {
  const events: ExportedEvent[] = [];
  log.exportJsonl(since, (line) => events.push(JSON.parse(line) as ExportedEvent));
  return events;
}

describe('a clock that steps backwards', () => {
  const tempDir = useTempDirs();

  it('keeps the times as the clock gave them, flags the first event after the step, and keeps the order', () => {
    const clock = frozenClock();
    const log = SessionLog.open(tempDir(), { now: clock.now, journal: true });
    const before = log.appendEvent(chatEvent({ conversationId: 'before' }));
    clock.advance(-HOUR);
    const after = log.appendEvent(chatEvent({ conversationId: 'after' }));
    clock.advance(10);
    const journaled = log.journalEvent(chatEvent({ conversationId: 'after' }));

    expect(after.at).toBe(before.at - HOUR);
    expect(after.detail).toMatchObject({ clockStepBackMs: HOUR });
    expect(before.detail).not.toHaveProperty('clockStepBackMs');
    const timeline = log.sessionTimeline(after.sessionId);
    expect(timeline.map((e) => e.id)).toEqual([after.id, journaled]);
    expect(timeline[1]!.detail).not.toHaveProperty('clockStepBackMs');
    // The session written last is the most recent one, whatever its clock said.
    expect(log.listSessions().sessions.map((s) => s.conversationId)).toEqual(['after', 'before']);
    expect(log.verify()).toEqual({ ok: true, events: 3 });
    log.close();
  });

  it('notices a step back across a restart', () => {
    const clock = frozenClock();
    const dir = tempDir();
    const log = SessionLog.open(dir, { now: clock.now });
    log.appendEvent(chatEvent());
    log.close();
    clock.advance(-5 * HOUR);
    const reopened = SessionLog.open(dir, { now: clock.now });
    expect(reopened.appendEvent(chatEvent()).detail).toMatchObject({ clockStepBackMs: 5 * HOUR });
    reopened.close();
  });

  it('does not flag slewing of less than a second', () => {
    const clock = frozenClock();
    const log = SessionLog.open(tempDir(), { now: clock.now });
    log.appendEvent(chatEvent());
    clock.advance(-300);
    expect(log.appendEvent(chatEvent()).detail).not.toHaveProperty('clockStepBackMs');
    log.close();
  });

  it('exports from the first event at or after `since` in log order, so events written after the step are not missed', () => {
    const clock = frozenClock();
    const log = SessionLog.open(tempDir(), { now: clock.now });
    const early = log.appendEvent(chatEvent());
    clock.advance(HOUR);
    const marker = log.appendEvent(chatEvent());
    clock.advance(-2 * HOUR);
    const backdated = log.appendEvent(chatEvent());
    clock.advance(3 * HOUR);
    const late = log.appendEvent(chatEvent());

    expect(exported(log, marker.at).map((e) => e.id)).toEqual([marker.id, backdated.id, late.id]);
    expect(exported(log, undefined).map((e) => e.id)).toEqual([early.id, marker.id, backdated.id, late.id]);
    expect(exported(log, late.at + 1)).toEqual([]);
    log.close();
  });
});
