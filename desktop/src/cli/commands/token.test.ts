import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../log/test-helpers';
import { runCli } from '../run-cli.test-helper';

const tempDir = useTempDirs();

describe('promptgate token', () => {
  it('list says there are no tokens (on stderr, exit 0) instead of printing nothing', async () => {
    const dir = tempDir();
    const result = await runCli(['token', 'list', '--data-dir', dir]);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toBe('no tokens (create one with promptgate token create --kind extension|sdk --name NAME)\n');
  });

  it('revoke NAME says which kinds it revoked, and --kind revokes only that one', async () => {
    const dir = tempDir();
    for (const kind of ['extension', 'sdk']) expect((await runCli(['token', 'create', '--kind', kind, '--name', 'laptop', '--data-dir', dir])).code).toBe(0);
    expect((await runCli(['token', 'create', '--kind', 'sdk', '--name', 'ci', '--data-dir', dir])).code).toBe(0);

    const one = await runCli(['token', 'revoke', 'ci', '--data-dir', dir]);
    expect(one).toMatchObject({ code: 0, stdout: 'revoked sdk token "ci"\n' });
    const both = await runCli(['token', 'revoke', 'laptop', '--data-dir', dir]);
    expect(both).toMatchObject({ code: 0, stdout: 'revoked extension token "laptop" and sdk token "laptop"\n' });
    expect((await runCli(['token', 'list', '--data-dir', dir])).stdout).toBe('');
  });

  it('revoke with --kind leaves the other kind, and names the kind it did not find', async () => {
    const dir = tempDir();
    for (const kind of ['extension', 'sdk']) await runCli(['token', 'create', '--kind', kind, '--name', 'laptop', '--data-dir', dir]);
    expect(await runCli(['token', 'revoke', 'laptop', '--kind', 'sdk', '--data-dir', dir])).toMatchObject({ code: 0, stdout: 'revoked sdk token "laptop"\n' });
    const listed = await runCli(['token', 'list', '--data-dir', dir]);
    expect(listed.stdout).toMatch(/^extension\s+laptop\s/);
    expect(listed.stdout.trim().split('\n')).toHaveLength(1);
    const missing = await runCli(['token', 'revoke', 'laptop', '--kind', 'sdk', '--data-dir', dir]);
    expect(missing).toMatchObject({ code: 2, stdout: '', stderr: 'promptgate token: no sdk token named "laptop"\n' });
  });
});
