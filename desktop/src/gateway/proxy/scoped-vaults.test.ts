import { RedactError } from '@promptgate/shared';
import { describe, expect, it } from 'vitest';
import { ScopedVaults } from './scoped-vaults';

describe('ScopedVaults', () => {
  it('keeps one vault per scope: numbering goes on, a different value never reuses a placeholder', () => {
    const vaults = new ScopedVaults();
    expect(vaults.vault('t\nopenai\nday').placeholderFor('github-pat', 'A')).toBe('[GITHUB_PAT_1]');
    expect(vaults.vault('t\nopenai\nday').placeholderFor('github-pat', 'B')).toBe('[GITHUB_PAT_2]');
    expect(vaults.vault('t\nopenai\nday').placeholderFor('github-pat', 'A')).toBe('[GITHUB_PAT_1]');
    expect(vaults.vault('t\nopenai\nother').valueOf('[GITHUB_PAT_1]')).toBeUndefined();
  });

  it('forgets the least recently used scope past its cap, and a scope idle past its expiry', () => {
    let now = 0;
    const vaults = new ScopedVaults({ maxScopes: 2, idleMs: 1000, now: () => now });
    vaults.vault('a').placeholderFor('github-pat', 'A');
    vaults.vault('b').placeholderFor('github-pat', 'B');
    vaults.vault('a');
    vaults.vault('c');
    expect(vaults.scopes).toBe(2);
    expect(vaults.existing('b')).toBeUndefined();
    expect(vaults.existing('a')?.valueOf('[GITHUB_PAT_1]')).toBe('A');
    now = 2001;
    expect(vaults.existing('a')).toBeUndefined();
    expect(vaults.vault('a').size).toBe(0);
  });

  it('maps a response id to the scope that produced it, bounded and expiring like the vaults', () => {
    let now = 0;
    const vaults = new ScopedVaults({ maxResponses: 1, idleMs: 1000, now: () => now });
    vaults.rememberResponse('resp_1', 'a');
    expect(vaults.scopeOfResponse('resp_1')).toBe('a');
    vaults.rememberResponse('resp_2', 'b');
    expect(vaults.scopeOfResponse('resp_1')).toBeUndefined();
    now = 5000;
    expect(vaults.scopeOfResponse('resp_2')).toBeUndefined();
  });

  it('refuses a value past the per-scope cap instead of reusing a number', () => {
    const vaults = new ScopedVaults({ maxValuesPerScope: 1 });
    vaults.vault('a').placeholderFor('github-pat', 'A');
    expect(() => vaults.vault('a').placeholderFor('github-pat', 'B')).toThrow(RedactError);
  });

  it('shows counts, never values, when logged', () => {
    const vaults = new ScopedVaults();
    vaults.vault('a').placeholderFor('github-pat', 'ghp_secretvalue');
    expect(JSON.stringify(vaults)).toBe('{"scopes":1}');
  });
});
