import { describe, expect, it } from 'vitest';
import { SessionLog } from '../../log';
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
});
