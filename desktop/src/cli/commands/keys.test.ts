import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProviderKeyStore } from '../../gateway/provider-keys/provider-key-store';
import { runCli } from '../run-cli.test-helper';

const KEY = 'sk-ant-api03-cli-test-0123456789abcdef';
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('promptgate keys', () => {
  it('set reads the key from stdin, list shows which are set, remove forgets; the key is never printed', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pg-cli-keys-'));
    const set = await runCli(['keys', 'set', 'anthropic', '--data-dir', dir], `${KEY}\n`);
    expect(set.code).toBe(0);
    expect(set.stdout + set.stderr).not.toContain(KEY);
    expect(ProviderKeyStore.open(dir).get('anthropic')).toBe(KEY);
    for (const file of readdirSync(dir)) expect(readFileSync(join(dir, file), 'utf8')).not.toContain(KEY);
    const list = await runCli(['keys', 'list', '--data-dir', dir]);
    expect(list.stdout).toMatch(/openai\s+not set/);
    expect(list.stdout).toMatch(/anthropic\s+set/);
    expect((await runCli(['keys', 'remove', 'anthropic', '--data-dir', dir])).code).toBe(0);
    expect(ProviderKeyStore.open(dir).get('anthropic')).toBeUndefined();
  });

  it('refuses a key on the command line, an unknown provider, and an empty key', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pg-cli-keys-'));
    const argv = await runCli(['keys', 'set', 'openai', KEY, '--data-dir', dir]);
    expect(argv.code).toBe(2);
    expect(argv.stderr).toContain('never from the command line');
    expect(argv.stderr).not.toContain(KEY);
    expect((await runCli(['keys', 'set', 'gemini', '--data-dir', dir], KEY)).code).toBe(2);
    expect((await runCli(['keys', 'set', 'openai', '--data-dir', dir], '\n')).stderr).toContain('empty');
    expect((await runCli(['keys', 'remove', 'openai', '--data-dir', dir])).code).toBe(2);
  });
});
