import { createHmac } from 'node:crypto';
import { Vault } from '@promptgate/shared';
import { describe, expect, it } from 'vitest';
import { vaultValueHasher } from './value-hashes';

/** The log's hasher, counting its calls. */
function countingHasher(): { hashValue: (value: string) => string; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    hashValue: (value) => {
      calls.push(value);
      return createHmac('sha256', 'test key').update(value).digest('hex');
    },
  };
}

describe('vaultValueHasher', () => {
  it("gives the log's hash, and hashes a value the vault holds once across calls", () => {
    const vault = new Vault();
    const { hashValue, calls } = countingHasher();
    vault.placeholderFor('github-pat', 'ghp_first');
    vault.placeholderFor('github-pat', 'ghp_second');
    const first = vaultValueHasher(vault, hashValue);
    expect(first('ghp_first')).toBe(createHmac('sha256', 'test key').update('ghp_first').digest('hex'));
    first('ghp_second');
    const next = vaultValueHasher(vault, hashValue);
    expect(next('ghp_first')).toBe(first('ghp_first'));
    next('ghp_second');
    expect(calls).toEqual(['ghp_first', 'ghp_second']);
  });

  it('keeps no more hashes than the vault has values, and none of a vault that was emptied', () => {
    const vault = new Vault();
    const { hashValue, calls } = countingHasher();
    vault.placeholderFor('github-pat', 'ghp_held');
    const hash = vaultValueHasher(vault, hashValue);
    hash('ghp_held');
    hash('not in the vault');
    hash('not in the vault');
    vault.clear();
    vaultValueHasher(vault, hashValue)('ghp_held');
    expect(calls).toEqual(['ghp_held', 'not in the vault', 'not in the vault', 'ghp_held']);
  });

  it('shares nothing between vaults or hashers', () => {
    const a = new Vault();
    const b = new Vault();
    a.placeholderFor('github-pat', 'ghp_same');
    b.placeholderFor('github-pat', 'ghp_same');
    const one = countingHasher();
    const other = countingHasher();
    vaultValueHasher(a, one.hashValue)('ghp_same');
    vaultValueHasher(b, one.hashValue)('ghp_same');
    vaultValueHasher(a, other.hashValue)('ghp_same');
    expect(one.calls).toHaveLength(2);
    expect(other.calls).toHaveLength(1);
  });
});
