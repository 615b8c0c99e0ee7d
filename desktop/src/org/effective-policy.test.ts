import { describe, expect, it } from 'vitest';
import { decide, listBuiltinRules, loadPolicy, type Category, type Policy } from '@promptgate/shared';
import { applyGroups } from './effective-policy';

function policy(yaml: string): Policy {
  const loaded = loadPolicy(yaml);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.policy;
}

const org = policy(`version: 1
name: acme
detectors:
  - { type: github-pat, action: block }
  - { category: secret, action: redact }
  - { category: pii, action: warn }
custom:
  - { id: codename, kind: keywords, keywords: [Falcon], action: hold }
overrides:
  sites:
    chatgpt.com: { detectors: [ { category: pii, action: block } ] }
  groups:
    eng: { detectors: [ { category: secret, action: warn }, { type: email, action: allow } ] }
    legal: { detectors: [ { type: "custom:*", action: allow }, { type: email, action: hold } ] }
`);

const finding = (type: string, category: Category) => ({ type, category, start: 0, end: 1, severity: 'high' as const, confidence: 1 });
const emailType = listBuiltinRules().find((r) => r.id === 'email')!;
const samples: Array<[string, Category]> = [
  ['github-pat', 'secret'],
  ['aws-access-key-id', 'secret'],
  [emailType.id, emailType.category],
  ['custom:codename', 'custom'],
];

describe('applyGroups', () => {
  for (const groups of [[], ['eng'], ['legal'], ['eng', 'legal'], ['unknown-group']]) {
    for (const site of [undefined, 'chatgpt.com', 'claude.ai']) {
      it(`matches decide({ groups: [${groups.join(', ')}], site: ${site} }) for every sampled finding type`, () => {
        const effective = applyGroups(org, groups);
        for (const [type, category] of samples) {
          const expected = decide([finding(type, category)], { groups, ...(site ? { site } : {}) }, org).action;
          const actual = decide([finding(type, category)], site ? { site } : {}, effective).action;
          expect(`${type}: ${actual}`).toBe(`${type}: ${expected}`);
        }
      });
    }
  }

  it('a group override really changes the answer (the fold is not a no-op)', () => {
    expect(decide([finding('aws-access-key-id', 'secret')], {}, applyGroups(org, ['eng'])).action).toBe('warn');
    expect(decide([finding('aws-access-key-id', 'secret')], {}, applyGroups(org, [])).action).toBe('redact');
  });
});
