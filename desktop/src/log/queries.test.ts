import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from './errors';
import { eventWhere, ftsQuery } from './filters';
import { SessionLog } from './session-log';
import { chatEvent, frozenClock, useTempDirs } from './test-helpers';

const HOUR = 60 * 60 * 1000;
const awsKey = (start: number) => ({ type: 'aws-access-key', category: 'secret' as const, start, end: start + 9, placeholder: '[KEY_1]', valueHash: 'b'.repeat(64) });

describe('SessionLog filters and search', () => {
  const tempDir = useTempDirs();

  /** Three sessions: a redacted email on chatgpt, a blocked AWS key on claude.ai an hour later, an SDK allow. */
  function seeded() {
    const clock = frozenClock();
    const log = SessionLog.open(tempDir(), { now: clock.now });
    const start = clock.now();
    const email = log.appendEvent(chatEvent());
    clock.advance(HOUR);
    const key = log.appendEvent(chatEvent({ source: 'claude.ai', conversationId: 'c-9', verdict: 'block', maskedText: 'deploy with [KEY_1] tonight', findings: [awsKey(12)] }));
    clock.advance(HOUR);
    const sdk = log.appendEvent(
      chatEvent({ sessionKind: 'sdk', source: 'ci-runner', conversationId: 'run-3', verdict: 'allow', maskedText: 'summarise the release notes', findings: [] }),
    );
    return { log, start, email, key, sdk };
  }

  it('lists sessions newest first with counts, and filters by site, verdict, finding type and time', () => {
    const { log, start, email, key, sdk } = seeded();
    const ids = (filters: Parameters<SessionLog['listSessions']>[0]) => log.listSessions(filters).sessions.map((s) => s.id);

    expect(log.listSessions({})).toMatchObject({ total: 3, sessions: [{ id: sdk.sessionId }, { id: key.sessionId }, { id: email.sessionId }] });
    expect(ids({ site: 'claude.ai' })).toEqual([key.sessionId]);
    expect(ids({ verdict: 'redact' })).toEqual([email.sessionId]);
    expect(ids({ findingType: 'aws-access-key' })).toEqual([key.sessionId]);
    expect(ids({ findingType: 'email', site: 'claude.ai' })).toEqual([]);
    expect(ids({ since: start + HOUR, until: start + 2 * HOUR })).toEqual([key.sessionId]);
    expect(log.listSessions({ limit: 1, offset: 1 })).toMatchObject({ total: 3, sessions: [{ id: key.sessionId }] });
    expect(log.getSession(key.sessionId)?.strictestVerdict).toBe('block');
    log.close();
  });

  it('searches masked text by word prefix, placeholders included', () => {
    const { log, email, key } = seeded();
    const seqs = (search: string) => log.searchEvents({ search }).map((e) => e.seq);

    expect(seqs('invoice')).toEqual([email.seq]);
    expect(seqs('INVOI')).toEqual([email.seq]);
    expect(seqs('[KEY_1]')).toEqual([key.seq]);
    expect(seqs('deploy tonight')).toEqual([key.seq]);
    expect(seqs('deploy invoice')).toEqual([]);
    // FTS syntax typed by a person is text, not operators.
    expect(seqs('invoice OR deploy')).toEqual([]);
    expect(seqs('"unbalanced')).toEqual([]);
    expect(log.listSessions({ search: 'release' }).sessions.map((s) => s.source)).toEqual(['ci-runner']);
    log.close();
  });

  it('filters events by session, kind and verdict, newest first', () => {
    const { log, email } = seeded();
    const choice = log.appendEvent(chatEvent({ kind: 'choice', verdict: 'warn', detail: { choice: 'edit' } }));
    expect(log.searchEvents({ sessionId: email.sessionId }).map((e) => e.seq)).toEqual([choice.seq, email.seq]);
    expect(log.searchEvents({ kind: 'choice' }).map((e) => e.seq)).toEqual([choice.seq]);
    expect(log.searchEvents({ verdict: 'allow' })).toHaveLength(1);
    log.close();
  });

  it("counts today's decisions by verdict, inspect events only", () => {
    const { log, start } = seeded();
    log.appendEvent(chatEvent({ kind: 'approval', verdict: 'block' }));
    expect(log.countsByVerdict(start)).toEqual({ allow: 1, redact: 1, warn: 0, hold: 0, block: 1 });
    expect(log.countsByVerdict(start + HOUR)).toEqual({ allow: 1, redact: 0, warn: 0, hold: 0, block: 1 });
    expect(log.countsByVerdict(start, 'approval').block).toBe(1);
    log.close();
  });

  it('rejects a limit it would not honour', () => {
    const { log } = seeded();
    expect(() => log.searchEvents({ limit: 0 })).toThrow(InvalidArgumentError);
    expect(() => log.listSessions({ limit: 100_000 })).toThrow(InvalidArgumentError);
    log.close();
  });
});

describe('filter SQL', () => {
  it('quotes every search word for FTS5 and binds every value', () => {
    expect(ftsQuery(['a"b', 'OR'])).toBe('"a""b"* "OR"*');
    const where = eventWhere({ search: "50% o'k", site: "x' OR 1=1 --" }, false);
    expect(where.sql).not.toContain('1=1');
    expect(where.params).toEqual(['%50\\%%', "%o'k%", "x' OR 1=1 --"]);
  });
});

describe('search without FTS5', () => {
  const tempDir = useTempDirs();

  it('falls back to LIKE with the same meaning', async () => {
    const { default: Database } = await import('better-sqlite3');
    const { LogQueries } = await import('./queries');
    const { DATA_FILES } = await import('./data-dir');
    const dir = tempDir();
    const log = SessionLog.open(dir);
    const email = log.appendEvent(chatEvent());
    log.appendEvent(chatEvent({ maskedText: 'nothing 100% here', findings: [] }));
    const raw = new Database(join(dir, DATA_FILES.sessionLog));
    const like = new LogQueries(raw, false);
    expect(like.searchEvents({ search: 'INVOICE email' }).map((e) => e.seq)).toEqual([email.seq]);
    expect(like.searchEvents({ search: '0%' })).toHaveLength(1);
    expect(like.searchEvents({ search: '_' })).toHaveLength(1);
    raw.close();
    log.close();
  });
});
