import { describe, expect, it } from 'vitest';
import type { Category, Finding } from '../detect/types';
import { decide } from './decide';
import { defaultPolicy } from './default-policy';
import { policySchema, type PolicyInput } from './schema';

function finding(type: string, category: Category, at = 0): Finding {
  return { type, category, start: at, end: at + 1, severity: 'high', confidence: 0.9 };
}

const policy = (input: Partial<PolicyInput>) => policySchema.parse({ version: 1, name: 't', ...input });

describe('decide', () => {
  it('allows when nothing was found', () => {
    expect(decide([], {}, defaultPolicy)).toEqual({ action: 'allow', reasons: [], findings: [] });
  });

  it('applies the default policy: secrets redacted, private keys blocked, PII warned', () => {
    const verdict = decide(
      [finding('github-pat', 'secret'), finding('openssh-private-key', 'secret', 5), finding('email', 'pii', 9), finding('email', 'pii', 12)],
      { site: 'chatgpt.com' },
      defaultPolicy,
    );
    expect(verdict.action).toBe('block');
    expect(verdict.findings.map((f) => f.action)).toEqual(['redact', 'block', 'warn', 'warn']);
    expect(verdict.reasons).toEqual([
      { type: 'github-pat', category: 'secret', action: 'redact', count: 1, rule: 'detectors[1]' },
      { type: 'openssh-private-key', category: 'secret', action: 'block', count: 1, rule: 'detectors[0]' },
      { type: 'email', category: 'pii', action: 'warn', count: 2, rule: 'detectors[2]' },
    ]);
    for (const type of ['pgp-private-key', 'putty-private-key', 'rsa-private-key']) {
      expect(decide([finding(type, 'secret')], {}, defaultPolicy).action).toBe('block');
    }
  });

  it('prefers an exact type over a glob over a category over *, whatever the order', () => {
    const p = policy({
      detectors: [
        { type: '*', action: 'block' },
        { category: 'secret', action: 'hold' },
        { type: 'aws-*', action: 'warn' },
        { type: 'aws-access-key', action: 'allow' },
      ],
    });
    const verdict = decide([finding('aws-access-key', 'secret'), finding('aws-secret-key', 'secret'), finding('slack-token', 'secret'), finding('email', 'pii')], {}, p);
    expect(verdict.findings.map((f) => [f.action, f.rule])).toEqual([
      ['allow', 'detectors[3]'],
      ['warn', 'detectors[2]'],
      ['hold', 'detectors[1]'],
      ['block', 'detectors[0]'],
    ]);
  });

  it('takes the stricter of equally specific rules, and the default action when none matches', () => {
    const p = policy({
      detectors: [
        { category: 'pii', action: 'warn' },
        { category: 'pii', action: 'redact' },
      ],
      defaultAction: 'hold',
    });
    expect(decide([finding('email', 'pii')], {}, p).findings[0]).toEqual({ index: 0, action: 'warn', rule: 'detectors[0]' });
    expect(decide([finding('x', 'secret')], {}, p).findings[0]).toEqual({ index: 0, action: 'hold', rule: 'default' });
  });

  it('uses a custom detector’s own action unless a more specific override says otherwise', () => {
    const p = policy({
      detectors: [{ category: 'custom', action: 'redact' }],
      custom: [{ id: 'customer-id', kind: 'dictionary', values: ['C-1'], action: 'hold' }],
    });
    expect(decide([finding('custom:customer-id', 'custom')], {}, p).findings[0]).toEqual({ index: 0, action: 'hold', rule: 'custom[0]' });
  });

  describe('overrides', () => {
    const p = policy({
      detectors: [
        { type: 'github-pat', action: 'block' },
        { category: 'pii', action: 'warn' },
      ],
      overrides: {
        sites: {
          'chatgpt.com': { detectors: [{ category: 'pii', action: 'redact' }] },
          '*.internal.example': { detectors: [{ type: '*', action: 'allow' }] },
        },
        groups: {
          contractors: { detectors: [{ category: 'pii', action: 'block' }] },
          interns: { detectors: [{ category: 'pii', action: 'hold' }] },
          security: { detectors: [{ type: 'github-pat', action: 'allow' }] },
        },
      },
    });

    it('applies site overrides by host pattern', () => {
      expect(decide([finding('email', 'pii')], { site: 'chatgpt.com' }, p).findings[0]).toEqual({
        index: 0,
        action: 'redact',
        rule: 'overrides.sites["chatgpt.com"].detectors[0]',
      });
      expect(decide([finding('email', 'pii')], { site: 'ChatGPT.com:443' }, p).action).toBe('redact');
      expect(decide([finding('email', 'pii')], { site: 'evil-chatgpt.com' }, p).action).toBe('warn');
      expect(decide([finding('github-pat', 'secret')], { site: 'llm.eu.internal.example' }, p).action).toBe('allow');
      expect(decide([finding('github-pat', 'secret')], { site: 'internal.example' }, p).action).toBe('block');
    });

    it('lets an override rule beat base rules, and keeps base rules for what the override does not cover', () => {
      expect(decide([finding('github-pat', 'secret')], { groups: ['security'] }, p).action).toBe('allow');
      expect(decide([finding('email', 'pii')], { groups: ['security'] }, p).action).toBe('warn');
    });

    it('takes the strictest among the user’s groups and the site', () => {
      const verdict = decide([finding('email', 'pii')], { site: 'chatgpt.com', groups: ['interns', 'contractors', 'nobody'] }, p);
      expect(verdict.findings[0]).toEqual({ index: 0, action: 'block', rule: 'overrides.groups.contractors.detectors[0]' });
      expect(decide([finding('email', 'pii')], { site: 'chatgpt.com', groups: ['interns'] }, p).action).toBe('hold');
    });
  });

  it('maps warn to sdk.warnAction for SDK clients only', () => {
    const p = policy({ detectors: [{ category: 'pii', action: 'warn' }], sdk: { warnAction: 'block' } });
    expect(decide([finding('email', 'pii')], { client: 'sdk' }, p).action).toBe('block');
    expect(decide([finding('email', 'pii')], { client: 'browser' }, p).action).toBe('warn');
    expect(decide([finding('email', 'pii')], { client: 'sdk' }, defaultPolicy)).toMatchObject({
      action: 'redact',
      reasons: [{ action: 'redact', rule: 'detectors[2]' }],
    });
  });

  // How fast this is belongs to `npm run bench`, which times the same 50,000 findings.
  it('decides each of 50,000 findings and folds them into one reason per rule', () => {
    const findings = Array.from({ length: 50_000 }, (_, i) => finding(i % 2 ? 'email' : 'github-pat', i % 2 ? 'pii' : 'secret', i));
    const verdict = decide(findings, { site: 'chatgpt.com', groups: ['a', 'b'] }, defaultPolicy);
    expect(verdict.action).toBe('warn');
    expect(verdict.reasons).toEqual([
      { type: 'github-pat', category: 'secret', action: 'redact', count: 25_000, rule: 'detectors[1]' },
      { type: 'email', category: 'pii', action: 'warn', count: 25_000, rule: 'detectors[2]' },
    ]);
    expect(verdict.findings).toHaveLength(50_000);
    const misdecided = verdict.findings.filter((decision, i) => decision.index !== i || decision.action !== (i % 2 ? 'warn' : 'redact'));
    expect(misdecided).toEqual([]);
  });
});
