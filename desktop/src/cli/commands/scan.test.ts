import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.test-helper';

const token = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';

describe('promptgate scan', () => {
  it('prints findings with position, masked, and exits 1', async () => {
    const result = await runCli(['scan'], `line one\nexport GITHUB_TOKEN=${token}\n`);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('<stdin>:2:21  github-pat  secret/critical');
    expect(result.stdout).not.toContain(token);
  });

  it('exits 0 when nothing is found', async () => {
    const result = await runCli(['scan'], 'just a question about sorting arrays\n');
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toContain('nothing found');
  });

  it('reads a file and writes one JSON document with --json', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-scan-'));
    const file = join(dir, 'config.env');
    await writeFile(file, `TOKEN=${token}\n`);
    const result = await runCli(['scan', file, '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      findings: [expect.objectContaining({ type: 'github-pat', category: 'secret', start: 6, end: 46, line: 1, column: 7 })],
    });
  });

  it('answers every --jsonl line in order, with errors for bad lines, and goes on', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: `key ${token}` }),
      'not json',
      JSON.stringify({ id: 'b' }),
      '',
      JSON.stringify({ id: 'c', text: 'nothing here' }),
    ].join('\n');
    const result = await runCli(['scan', '--jsonl'], input);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toEqual([
      { id: 'a', findings: [{ type: 'github-pat', category: 'secret', start: 4, end: 44 }] },
      { id: null, error: expect.stringContaining('invalid JSON') },
      { id: 'b', error: expect.stringContaining('text') },
      { id: 'c', findings: [] },
    ]);
    expect(result.code).toBe(1);
  });

  it('exits 2 with a one-line reason for usage and input errors', async () => {
    for (const argv of [['scan', '--bogus'], ['scan', 'does-not-exist.txt'], ['scan', '--json', '--jsonl'], ['nope']]) {
      const result = await runCli(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('works through the real executable', async () => {
    const bin = new URL('../../../bin/promptgate.js', import.meta.url).pathname;
    const run = promisify(execFile);
    const failure = await run(process.execPath, [bin, 'scan', '--json', '/dev/null']).then(
      (ok) => ({ code: 0, stdout: ok.stdout }),
      (error: { code: number; stdout: string }) => error,
    );
    expect(failure).toMatchObject({ code: 0 });
    expect(JSON.parse(failure.stdout)).toEqual({ findings: [] });
  });
});
