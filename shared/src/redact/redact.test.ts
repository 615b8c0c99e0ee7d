import { describe, expect, it } from 'vitest';
import type { Finding } from '../detect/types';
import { maskForLog } from './mask';
import { redact } from './redact';
import { findingFor } from './test-helpers';
import { Vault } from './vault';

describe('redact', () => {
  it('replaces values with conversation placeholders and reports positions in the redacted text', () => {
    const text = 'mail a@x.io and b@x.io, token ghp_abc, again a@x.io';
    const findings = [
      findingFor(text, 'a@x.io', 'email', 'pii'),
      findingFor(text, 'b@x.io', 'email', 'pii'),
      findingFor(text, 'ghp_abc', 'github-pat'),
      findingFor(text, 'a@x.io', 'email', 'pii', 30),
    ];
    const { text: out, replacements } = redact(text, findings, new Vault());
    expect(out).toBe('mail [EMAIL_1] and [EMAIL_2], token [GITHUB_PAT_1], again [EMAIL_1]');
    for (const r of replacements) expect(out.slice(r.start, r.end)).toBe(r.placeholder);
    expect(replacements.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    expect(JSON.stringify(replacements)).not.toContain('a@x.io');
  });

  it('keeps placeholders stable across prompts of one conversation', () => {
    const vault = new Vault();
    const first = 'key ghp_abc';
    redact(first, [findingFor(first, 'ghp_abc', 'github-pat')], vault);
    const second = 'other ghp_def then ghp_abc';
    const out = redact(second, [findingFor(second, 'ghp_def', 'github-pat'), findingFor(second, 'ghp_abc', 'github-pat')], vault);
    expect(out.text).toBe('other [GITHUB_PAT_2] then [GITHUB_PAT_1]');
  });

  it('only replaces findings the include predicate selects', () => {
    const text = 'a@x.io ghp_abc';
    const findings = [findingFor(text, 'a@x.io', 'email', 'pii'), findingFor(text, 'ghp_abc', 'github-pat')];
    const out = redact(text, findings, new Vault(), { include: (f) => f.category === 'secret' });
    expect(out.text).toBe('a@x.io [GITHUB_PAT_1]');
    expect(out.replacements).toEqual([{ index: 1, type: 'github-pat', category: 'secret', placeholder: '[GITHUB_PAT_1]', start: 7, end: 21 }]);
  });

  it('is defensive about unsorted, overlapping and out-of-range findings', () => {
    const text = 'abcdefghij';
    const f = (start: number, end: number): Finding => ({ type: 't', category: 'secret', start, end, severity: 'high', confidence: 1 });
    const out = redact(text, [f(6, 8), f(0, 4), f(2, 5), f(8, 20), f(9, 9), f(-1, 2)], new Vault());
    expect(out.text).toBe('[T_1]ef[T_2]ij');
  });

  it('does not hand out a placeholder that the prompt already contains literally', () => {
    const text = 'the doc says [EMAIL_1]; mine is a@x.io';
    const out = redact(text, [findingFor(text, 'a@x.io', 'email', 'pii')], new Vault());
    expect(out.text).toBe('the doc says [EMAIL_1]; mine is [EMAIL_2]');
  });
});

describe('maskForLog', () => {
  it('replaces values by their bare type without numbering', () => {
    const text = 'a@x.io b@x.io ghp_abc';
    const findings = [findingFor(text, 'a@x.io', 'email', 'pii'), findingFor(text, 'b@x.io', 'email', 'pii'), findingFor(text, 'ghp_abc', 'github-pat')];
    expect(maskForLog(text, findings)).toBe('[EMAIL] [EMAIL] [GITHUB_PAT]');
  });
});
