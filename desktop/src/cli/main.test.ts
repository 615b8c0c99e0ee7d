import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.test-helper';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('promptgate (the command table)', () => {
  it('lists every command with one line each on --help, and exits 0', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const command of ['scan', 'redact', 'rules', 'gateway', 'start', 'token', 'ui', 'pair', 'log', 'keys', 'enroll']) {
      expect(result.stdout).toMatch(new RegExp(`^  ${command} +\\S`, 'm'));
    }
  });

  it('prints usage on stderr and exits 2 without a command', async () => {
    const result = await runCli([]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain('usage: promptgate <command>');
  });

  it('prints its version', async () => {
    for (const flag of ['--version', '-v', 'version']) {
      const result = await runCli([flag]);
      expect(result).toMatchObject({ code: 0, stdout: `promptgate ${version}\n` });
    }
  });

  it("shows a command's own options on `COMMAND --help`", async () => {
    const result = await runCli(['token', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('promptgate token create --kind extension|sdk --name NAME');
  });

  it('names an unknown option in one line with where to look, exit 2', async () => {
    const result = await runCli(['token', 'list', '--bogus']);
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'promptgate token: unknown option --bogus (see promptgate token --help)\n' });
  });

  it('names an unexpected argument in one line, exit 2', async () => {
    const result = await runCli(['gateway', 'extra']);
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'promptgate gateway: unexpected argument "extra" (see promptgate gateway --help)\n' });
  });

  it('refuses an unknown command (even one named like an object property) with exit 2', async () => {
    for (const name of ['nope', 'constructor', '__proto__']) {
      const result = await runCli([name]);
      expect(result.code, name).toBe(2);
      expect(result.stderr).toContain(`unknown command "${name}"`);
    }
  });

  it('ends quietly with exit 0 when its reader closes the pipe early (`promptgate rules | head -1`)', async () => {
    // The real bin, which runs the built CLI (rebuilt before the suites by test/global-setup.ts).
    const bin = new URL('../../bin/promptgate.js', import.meta.url).pathname;
    const child = spawn(process.execPath, [bin, 'rules'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
    expect(stderr).not.toContain('EPIPE');
  });
});
