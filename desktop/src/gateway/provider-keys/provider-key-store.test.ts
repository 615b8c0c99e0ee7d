import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { PROVIDER_KEY_FILES, ProviderKeyStore } from './provider-key-store';

const KEY = 'sk-proj-test-0123456789abcdefghijklmnop';
const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pg-keys-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('ProviderKeyStore', () => {
  it('stores keys encrypted (0600), never in clear on disk, in errors or when printed', () => {
    const dir = dataDir();
    const store = ProviderKeyStore.open(dir);
    store.set('openai', `  ${KEY}\n`);
    expect(store.get('openai')).toBe(KEY);
    expect(store.list()).toEqual({ openai: true, anthropic: false });
    const file = join(dir, PROVIDER_KEY_FILES.keys);
    expect(readFileSync(file, 'utf8')).not.toContain(KEY);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, PROVIDER_KEY_FILES.sealingKey)).mode & 0o777).toBe(0o600);
    expect(inspect(store)).not.toContain(KEY);
    expect(JSON.stringify(store)).not.toContain(KEY);
  });

  it('a second process sees a change at its next read, without reopening', () => {
    const dir = dataDir();
    const gateway = ProviderKeyStore.open(dir);
    expect(gateway.get('anthropic')).toBeUndefined();
    ProviderKeyStore.open(dir).set('anthropic', 'sk-ant-abcdefghijklmnop');
    expect(gateway.get('anthropic')).toBe('sk-ant-abcdefghijklmnop');
    ProviderKeyStore.open(dir).remove('anthropic');
    expect(gateway.get('anthropic')).toBeUndefined();
  });

  it('refuses tampered entries, swapped entries and promptgate tokens, without quoting them', () => {
    const dir = dataDir();
    const store = ProviderKeyStore.open(dir);
    store.set('openai', KEY);
    const file = join(dir, PROVIDER_KEY_FILES.keys);
    const sealed = JSON.parse(readFileSync(file, 'utf8')) as { keys: Record<string, unknown> };
    writeFileSync(file, JSON.stringify({ ...sealed, keys: { anthropic: sealed.keys['openai'] } }));
    expect(() => ProviderKeyStore.open(dir).get('anthropic')).toThrow(/cannot be decrypted/);
    expect(() => store.set('openai', 'pg_sdk_0123456789abcdefghijABCDEFGHIJKL')).toThrow(/promptgate token/);
    expect(() => store.set('openai', 'two words')).toThrow(/spaces/);
  });
});
