import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
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
    const input = [JSON.stringify({ id: 'a', text: `key ${token}` }), 'not json', JSON.stringify({ id: 'b' }), '', JSON.stringify({ id: 'c', text: 'nothing here' })].join('\n');
    const result = await runCli(['scan', '--jsonl'], input);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
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

  it('refuses binary input with exit 2 instead of reporting nothing found', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-scan-'));
    const file = join(dir, 'random.bin');
    await writeFile(file, Buffer.concat([randomBytes(10_000), Buffer.from([0x00]), randomBytes(10_000)]));
    const result = await runCli(['scan', file]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/^promptgate scan: .*random\.bin: binary data \(a NUL byte on line \d+\); only UTF-8 text can be read\n$/);
    const notUtf8 = await runCli(['scan', '--json'], Buffer.from([0x6b, 0x65, 0x79, 0x3d, 0xff, 0xfe, 0x0a]));
    expect(notUtf8).toMatchObject({ code: 2, stdout: '' });
    expect(notUtf8.stderr).toContain('<stdin>: not UTF-8 text (byte 0xff on line 1)');
  });

  it('reports editor positions in a file with a BOM and CRLF line ends', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`first\r\nTOKEN=${token}\r\n`)]);
    const result = await runCli(['scan', '--json'], bytes);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({ findings: [expect.objectContaining({ type: 'github-pat', line: 2, column: 7 })] });
    const firstLine = await runCli(['scan'], Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`TOKEN=${token}`)]));
    expect(firstLine.stdout).toContain('<stdin>:1:7  github-pat');
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
