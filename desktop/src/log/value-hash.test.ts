import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from './test-helpers';
import { loadOrCreateKey, loadValueHasher } from './value-hash';

describe('installation key', () => {
  const tempDir = useTempDirs();

  it('is created once and reused by every process that opens the directory', () => {
    const dir = tempDir();
    const first = loadValueHasher(dir);
    const second = loadValueHasher(dir);
    expect(first('x')).toBe(second('x'));
  });

  it('tightens a key file others could read', () => {
    const file = join(tempDir(), 'value-hash.key');
    writeFileSync(file, `${'ab'.repeat(32)}\n`, { mode: 0o644 });
    expect(loadOrCreateKey(file)).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('refuses a corrupt key rather than hashing under a weak one', () => {
    const file = join(tempDir(), 'value-hash.key');
    writeFileSync(file, 'short\n', { mode: 0o600 });
    expect(() => loadOrCreateKey(file)).toThrow(/corrupt/);
  });
});
