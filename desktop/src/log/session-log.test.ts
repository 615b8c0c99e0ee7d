import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH } from './chain';
import { DATA_FILES } from './data-dir';
import { EventIdConflictError, InvalidEventError } from './errors';
import { SessionLog } from './session-log';
import { chatEvent, frozenClock, useTempDirs } from './test-helpers';

describe('SessionLog append and read', () => {
  const tempDir = useTempDirs();

  it('stores an event, chains it and groups it into a session by conversation', () => {
    const clock = frozenClock();
    const log = SessionLog.open(tempDir(), { now: clock.now });
    const first = log.appendEvent(chatEvent());
    clock.advance(1000);
    const second = log.appendEvent(chatEvent({ kind: 'choice', verdict: 'warn', detail: { choice: 'send-redacted' } }));
    const other = log.appendEvent(chatEvent({ conversationId: 'conv-2', verdict: 'allow', findings: [] }));

    expect(first).toMatchObject({ seq: 1, at: clock.now() - 1000, prevHash: GENESIS_HASH, source: 'chatgpt.com', verdict: 'redact' });
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(second.prevHash).toBe(first.hash);
    expect(second.sessionId).toBe(first.sessionId);
    expect(other.sessionId).not.toBe(first.sessionId);

    expect(log.getSession(first.sessionId)).toEqual({
      id: first.sessionId,
      kind: 'chat',
      source: 'chatgpt.com',
      conversationId: 'conv-1',
      startedAt: first.at,
      lastEventAt: second.at,
      eventCount: 2,
      strictestVerdict: 'warn',
    });
    expect(log.sessionTimeline(first.sessionId)).toEqual([first, second]);
    expect(log.getSession('no-such-session')).toBeNull();
    log.close();
  });

  it('keeps events across close and reopen, and continues the chain', () => {
    const dir = tempDir();
    const log = SessionLog.open(dir);
    const first = log.appendEvent(chatEvent());
    log.close();
    const reopened = SessionLog.open(dir);
    const second = reopened.appendEvent(chatEvent());
    expect(second).toMatchObject({ seq: 2, prevHash: first.hash });
    expect(reopened.verify()).toEqual({ ok: true, events: 2 });
    reopened.close();
  });

  it('lets two processes append to one chain', () => {
    const dir = tempDir();
    const gateway = SessionLog.open(dir);
    const cli = SessionLog.open(dir);
    for (let i = 0; i < 6; i++) (i % 2 === 0 ? gateway : cli).appendEvent(chatEvent({ maskedText: `turn ${i}`, findings: [] }));
    expect(cli.searchEvents({}).map((e) => e.seq)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(gateway.verify()).toEqual({ ok: true, events: 6 });
    gateway.close();
    cli.close();
  });

  it('treats a retry with the same id as the same event, and a different payload under that id as a conflict', () => {
    const log = SessionLog.open(tempDir());
    const id = '7d444840-9dc0-11d1-b245-5ffdce74fad2';
    const stored = log.appendEvent(chatEvent({ id }));
    expect(log.appendEvent(chatEvent({ id }))).toEqual(stored);
    expect(() => log.appendEvent(chatEvent({ id, verdict: 'block' }))).toThrow(EventIdConflictError);
    expect(log.searchEvents({})).toHaveLength(1);
    log.close();
  });

  it('refuses events that could not be fixed once chained', () => {
    const log = SessionLog.open(tempDir());
    const bad = [
      chatEvent({ verdict: 'maybe' as never }),
      chatEvent({ findings: [{ type: 'email', category: 'pii', start: 0, end: 999, placeholder: null, valueHash: null }] }),
      chatEvent({ findings: [{ type: 'email', category: 'pii', start: 0, end: 4, placeholder: null, valueHash: 'alice@example.com' }] }),
      chatEvent({ detail: { latencyMs: Number.NaN } }),
      chatEvent({ source: '' }),
      chatEvent({ id: 'not-a-uuid' }),
    ];
    for (const input of bad) expect(() => log.appendEvent(input)).toThrow(InvalidEventError);
    expect(log.verify()).toEqual({ ok: true, events: 0 });
    log.close();
  });

  it('starts a new session for every event that has no conversation id', () => {
    const log = SessionLog.open(tempDir());
    const a = log.appendEvent(chatEvent({ sessionKind: 'sdk', source: 'build-bot', conversationId: null }));
    const b = log.appendEvent(chatEvent({ sessionKind: 'sdk', source: 'build-bot', conversationId: null }));
    expect(a.sessionId).not.toBe(b.sessionId);
    log.close();
  });

  it('creates the database and the value-hash key owner-only', () => {
    const dir = tempDir();
    SessionLog.open(dir).close();
    expect(statSync(join(dir, DATA_FILES.sessionLog)).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, DATA_FILES.valueHashKey)).mode & 0o777).toBe(0o600);
  });

  it('refuses an append after close', () => {
    const log = SessionLog.open(tempDir());
    log.close();
    expect(() => log.appendEvent(chatEvent())).toThrow(expect.objectContaining({ code: 'closed' }));
  });
});
