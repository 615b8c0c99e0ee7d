import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { SessionLog } from './session-log';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('background checkpoints and indexing', () => {
  it('fold the WAL into the database file from a worker while the writer keeps appending', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pg-ckpt-'));
    const errors: string[] = [];
    const log = SessionLog.open(dir, { backgroundCheckpoints: { onError: (message) => errors.push(message) } });
    const dbFile = join(dir, 'session-log.db');
    const before = statSync(dbFile).size;
    for (let i = 0; i < 300; i++) {
      log.appendEvent({ sessionKind: 'chat', source: 'chatgpt.com', conversationId: 'c', kind: 'inspect', verdict: 'allow', maskedText: `prompt ${i} `.repeat(50), findings: [] });
    }
    // With auto-checkpoint off, only the worker moves pages into the main file.
    await expect.poll(() => statSync(dbFile).size, { interval: 100 }).toBeGreaterThan(before);
    expect(log.verify()).toEqual({ ok: true, events: 300 });
    // Once the appends paused, the full-text index caught up without any search asking for it.
    const progress = () => {
      const reader = new Database(dbFile, { readonly: true });
      try {
        return reader.prepare('SELECT last_seq FROM fts_progress').pluck().get();
      } finally {
        reader.close();
      }
    };
    await expect.poll(progress, { interval: 100 }).toBe(300);
    log.close();
    expect(errors).toEqual([]);
  });

  it('empties the WAL once it outgrows its limit, although the writer never pauses', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pg-ckpt-'));
    const errors: string[] = [];
    const limit = 512 * 1024;
    const log = SessionLog.open(dir, { backgroundCheckpoints: { onError: (message) => errors.push(message), walRestartBytes: limit } });
    const walSize = () => statSync(join(dir!, 'session-log.db-wal'), { throwIfNoEntry: false })?.size ?? 0;
    let appended = 0;
    let largest = 0;
    // Appends in bursts a millisecond apart, as under steady load: the file of a WAL that is only ever
    // checkpointed passively keeps its size, so it never shrinks. The deadline is hang protection.
    const deadline = Date.now() + 60_000;
    while (!(largest > limit && walSize() < largest / 2) && Date.now() < deadline) {
      for (let i = 0; i < 5; i++, appended++) {
        log.appendEvent({
          sessionKind: 'chat',
          source: 'chatgpt.com',
          conversationId: 'c',
          kind: 'inspect',
          verdict: 'allow',
          maskedText: `prompt ${appended} `.repeat(50),
          findings: [],
        });
      }
      largest = Math.max(largest, walSize());
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    expect(largest).toBeGreaterThan(limit);
    expect(walSize()).toBeLessThan(largest / 2);
    expect(log.verify()).toEqual({ ok: true, events: appended });
    log.close();
    expect(errors).toEqual([]);
  });

  it('a search right after an append finds it, before any background indexing', () => {
    dir = mkdtempSync(join(tmpdir(), 'pg-fts-'));
    const log = SessionLog.open(dir);
    log.appendEvent({
      sessionKind: 'chat',
      source: 'claude.ai',
      conversationId: 'c',
      kind: 'inspect',
      verdict: 'redact',
      maskedText: 'rotate the zebrafish key [GITHUB_PAT_1]',
      findings: [],
    });
    expect(log.searchEvents({ search: 'zebrafish' }).map((event) => event.maskedText)).toEqual(['rotate the zebrafish key [GITHUB_PAT_1]']);
    log.close();
  });
});
