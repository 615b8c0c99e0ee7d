import { statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, SessionLog } from '../../log';
import { chatEvent, useTempDirs } from '../../log/test-helpers';
import { runCli } from '../run-cli.test-helper';

const tempDir = useTempDirs();

describe('promptgate log', () => {
  it('says the session log is empty instead of exporting or verifying nothing silently', async () => {
    const dir = tempDir();
    expect(await runCli(['log', 'export', '--data-dir', dir])).toMatchObject({ code: 0, stdout: '', stderr: 'no events in the session log\n' });
    expect(await runCli(['log', 'export', '--since', '2026-01-31', '--data-dir', dir])).toMatchObject({
      code: 0,
      stderr: 'no events since 2026-01-31T00:00:00.000Z in the session log\n',
    });
    expect(await runCli(['log', 'verify', '--data-dir', dir])).toMatchObject({ code: 0, stdout: 'ok: the session log is empty\n' });
  });

  it('counts what it exported and verified', async () => {
    const dir = tempDir();
    const log = SessionLog.open(dir);
    try {
      log.appendEvent(chatEvent());
    } finally {
      log.close();
    }
    const exported = await runCli(['log', 'export', '--data-dir', dir]);
    expect(exported).toMatchObject({ code: 0, stderr: '1 event exported\n' });
    expect(exported.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(exported.stdout)).toMatchObject({ verdict: 'redact' });
    expect(await runCli(['log', 'verify', '--data-dir', dir])).toMatchObject({ code: 0, stdout: 'ok: 1 event, hash chain intact\n' });
  });

  it('lists every broken link and exits 1 when the log was tampered with', async () => {
    const dir = tempDir();
    const log = SessionLog.open(dir);
    try {
      for (let i = 0; i < 5; i++) log.appendEvent(chatEvent({ maskedText: `event ${i}`, findings: [] }));
    } finally {
      log.close();
    }
    const raw = new Database(join(dir, DATA_FILES.sessionLog));
    raw.exec('DROP TRIGGER events_no_update');
    raw.prepare("UPDATE events SET masked_text = 'edited' WHERE seq IN (2, 4)").run();
    raw.close();
    expect(await runCli(['log', 'verify', '--data-dir', dir])).toMatchObject({
      code: 1,
      stdout:
        'broken: 2 broken links in the hash chain of 5 events\n' +
        '  event #2: an event was changed after it was written\n' +
        '  event #4: an event was changed after it was written\n',
    });
  });

  it('says in one line that a damaged database is damaged, for verify and export', async () => {
    const dir = tempDir();
    const log = SessionLog.open(dir);
    try {
      for (let i = 0; i < 300; i++) log.appendEvent(chatEvent({ maskedText: `event ${i} ${'x'.repeat(500)}`, findings: [] }));
    } finally {
      log.close();
    }
    const file = join(dir, DATA_FILES.sessionLog);
    truncateSync(file, Math.floor(statSync(file).size / 3));

    const verified = await runCli(['log', 'verify', '--data-dir', dir]);
    expect(verified).toMatchObject({ code: 1, stderr: '' });
    expect(verified.stdout).toMatch(/^broken: the session log database is damaged \(.+\); the gateway moves it aside and starts a new log when it starts\n$/);
    const exported = await runCli(['log', 'export', '--data-dir', dir]);
    expect(exported.code).toBe(1);
    expect(exported.stderr).toMatch(/^promptgate log: the session log database is damaged \(.+\)[^\n]*\n$/);
  });
});
