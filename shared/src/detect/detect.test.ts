import { describe, expect, it } from 'vitest';
import { compileCustomDetectors } from '../policy/custom-detectors';
import { scannerRule } from './define';
import { customDetectorSchema } from '../policy/schema';
import { detect } from './detect';

// Made-up values: a GitHub token shape, an address and a card number that passes Luhn.
const TOKEN = 'ghp_' + 'Zq7xT9vLp2zRk8WnQ4mB6yHc3JdF5sGt1aEu';
const TEXT = `deploy with GITHUB_TOKEN=${TOKEN}, then mail dana.whitfield@fabrikam.example the card 4111 1111 1111 1111`;

const types = (findings: ReturnType<typeof detect>) => findings.map((finding) => `${finding.category}:${finding.type}`);

describe('detect with categories', () => {
  it('runs only the rules of the categories asked for, with the findings the whole engine gives for them', () => {
    const all = detect(TEXT);
    expect(new Set(all.map((finding) => finding.category))).toEqual(new Set(['secret', 'pii']));
    for (const category of ['secret', 'pii'] as const) {
      expect(detect(TEXT, { categories: [category] })).toEqual(all.filter((finding) => finding.category === category));
    }
    expect(detect(TEXT, { categories: ['pii', 'secret', 'pii'] })).toEqual(all);
  });

  it('does not run the rules of the other categories at all', () => {
    const texts: string[] = [];
    // A custom rule that notes every text it is asked to scan.
    const extraRules = [scannerRule({ id: 'spy', title: 'Spy', category: 'custom', severity: 'low', scan: (text) => (texts.push(text), []) })];
    detect(TEXT, { extraRules, categories: ['secret'] });
    expect(texts).toEqual([]);
    detect(TEXT, { extraRules, categories: ['custom'] });
    expect(texts.length).toBeGreaterThan(0);
  });

  it('finds nothing for no categories', () => {
    expect(detect(TEXT, { categories: [] })).toEqual([]);
  });

  it('keeps extra rules to their own category', () => {
    const extraRules = compileCustomDetectors([customDetectorSchema.parse({ id: 'ticket', kind: 'regex', pattern: 'TKT-[0-9]{6}', severity: 'low' })]);
    const text = `${TEXT} TKT-204511`;
    expect(types(detect(text, { extraRules, categories: ['custom'] }))).toEqual(['custom:custom:ticket']);
    expect(types(detect(text, { extraRules, categories: ['secret'] }))).toEqual(['secret:github-pat']);
    expect(types(detect(text, { extraRules })).sort()).toEqual(['custom:custom:ticket', 'pii:credit-card', 'pii:email', 'secret:github-pat']);
  });
});
