import { describe, expect, it } from 'vitest';
import { SessionLog } from './session-log';
import { chatEvent, frozenClock, useTempDirs } from './test-helpers';

describe('SessionLog.warnOutcomes', () => {
  const tempDir = useTempDirs();

  function warning(log: SessionLog, conversationId: string) {
    return log.appendEvent(chatEvent({ conversationId, verdict: 'warn' }));
  }

  function choose(log: SessionLog, inspectEventId: string, conversationId: string, choice: string) {
    const verdict = choice === 'send-original' ? 'allow' : choice === 'send-redacted' ? 'redact' : 'block';
    return log.appendEvent(chatEvent({ conversationId, kind: 'choice', verdict, maskedText: '', findings: [], detail: { inspectEventId, choice } }));
  }

  it('counts a warning as answered only once the person chose, whatever the choice', () => {
    const log = SessionLog.open(tempDir());
    const choices = ['send-redacted', 'send-original', 'edit', 'cancel'];
    for (const [i, choice] of choices.entries()) choose(log, warning(log, `answered-${i}`).id, `answered-${i}`, choice);
    warning(log, 'waiting');
    warning(log, 'waiting-too');
    expect(log.warnOutcomes(0)).toEqual({ answered: 4, unanswered: 2 });
    log.close();
  });

  it('ties a choice to the warning it names, not to any warning of the conversation', () => {
    const log = SessionLog.open(tempDir());
    const first = warning(log, 'same');
    warning(log, 'same');
    choose(log, first.id, 'same', 'edit');
    // Other events of the session are not answers.
    log.appendEvent(chatEvent({ conversationId: 'same', verdict: 'redact' }));
    log.appendEvent(chatEvent({ conversationId: 'same', kind: 'approval', verdict: 'allow', maskedText: '', findings: [], detail: { inspectEventId: 'x', decision: 'approved' } }));
    expect(log.warnOutcomes(0)).toEqual({ answered: 1, unanswered: 1 });
    log.close();
  });

  it('counts only warnings since the given time, and nothing when there are none', () => {
    const clock = frozenClock();
    const log = SessionLog.open(tempDir(), { now: clock.now });
    expect(log.warnOutcomes(0)).toEqual({ answered: 0, unanswered: 0 });
    const yesterday = warning(log, 'late');
    clock.advance(86_400_000);
    const since = clock.now();
    // Answered today, but the warning was yesterday's: not one of today's.
    choose(log, yesterday.id, 'late', 'send-redacted');
    warning(log, 'today');
    expect(log.warnOutcomes(since)).toEqual({ answered: 0, unanswered: 1 });
    log.close();
  });
});
