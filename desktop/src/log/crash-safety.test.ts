import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SessionLog } from './session-log';
import { useTempDirs } from './test-helpers';

const child = fileURLToPath(new URL('./crash-child.fixture.ts', import.meta.url));

/** Runs the child until it prints "answered", kills it with SIGKILL at once, returns the event id it answered. */
async function appendThenKill(dataDir: string, maskedText: string, mode: 'append' | 'journal' = 'append'): Promise<string> {
  const proc = spawn(process.execPath, ['--import', 'tsx', child, dataDir, maskedText, mode], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  proc.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const answered = new Promise<string>((resolve, reject) => {
    proc.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^answered (\S+)\n/m.exec(stdout);
      if (match?.[1]) {
        proc.kill('SIGKILL');
        resolve(match[1]);
      }
    });
    proc.on('exit', (code) => reject(new Error(`child exited (${code}) before answering: ${stderr}`)));
  });
  const id = await answered;
  const [, signal] = (await once(proc, 'exit')) as [number | null, NodeJS.Signals | null];
  expect(signal).toBe('SIGKILL');
  return id;
}

describe('crash safety', () => {
  const tempDir = useTempDirs();

  it('keeps an answered event when the process is killed right after answering', async () => {
    const dir = tempDir();
    const first = await appendThenKill(dir, 'first prompt [EMAIL_1]');
    const second = await appendThenKill(dir, 'second prompt [KEY_1]');

    const log = SessionLog.open(dir);
    const events = log.searchEvents({});
    expect(events.map((e) => e.id)).toEqual([second, first]);
    expect(events.map((e) => e.maskedText)).toEqual(['second prompt [KEY_1]', 'first prompt [EMAIL_1]']);
    expect(log.verify()).toEqual({ ok: true, events: 2 });
    log.close();
  });

  it('keeps a journaled event when the process is killed before its batch reached the database', async () => {
    const dir = tempDir();
    const first = await appendThenKill(dir, 'first call [KEY_1]', 'journal');
    const second = await appendThenKill(dir, 'second call [KEY_2]', 'journal');

    // The gateway's next start stores what the journal holds.
    const log = SessionLog.open(dir, { journal: true });
    expect(log.searchEvents({}).map((e) => e.id)).toEqual([second, first]);
    expect(log.verify()).toEqual({ ok: true, events: 2 });
    log.close();
  });
});
