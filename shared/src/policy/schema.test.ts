import { describe, expect, it } from 'vitest';
import { defaultPolicy, defaultPolicyInput } from './default-policy';
import { loadPolicy } from './load';
import { policySchema } from './schema';

const fullExample = `
version: 7
name: Acme engineering
detectors:
  - { type: github-pat, action: block }
  - { type: "*private-key*", action: block }
  - { category: secret, action: redact }
  - { category: pii, action: warn }
  - { type: "*", action: redact }
defaultAction: redact
custom:
  - id: customer-id
    kind: regex
    pattern: 'CUST-\\d{6}'
    flags: i
    action: redact
    severity: high
    title: Customer ID
  - id: projects
    kind: keywords
    keywords: [Bluebird, Project Falcon]
    wholeWord: true
    caseInsensitive: true
    action: warn
  - id: vip-customers
    kind: dictionary
    values: [ACME-001, ACME-002]
    action: hold
overrides:
  sites:
    chatgpt.com: { detectors: [{ category: pii, action: redact }] }
    "*.openai.com": { detectors: [{ type: "*", action: block }] }
  groups:
    security: { detectors: [{ category: secret, action: allow }] }
approval: { approvers: org, timeoutSeconds: 600, allowSelfApproval: false }
warn: { allowSendOriginal: true, requireJustification: true }
logging: { storeMaskedPrompts: true, storeMaskedResponses: true, retentionDays: 30, ship: true }
failMode: open
restoreResponses: false
sdk: { allowClientProviderKeys: false, unknownEndpoints: block, warnAction: block }
`;

describe('policy schema', () => {
  it('accepts the default policy and fills its defaults', () => {
    expect(policySchema.parse(defaultPolicyInput)).toEqual(defaultPolicy);
    expect(defaultPolicy).toMatchObject({
      failMode: 'closed',
      restoreResponses: true,
      approval: { approvers: 'local', timeoutSeconds: 300, allowSelfApproval: false },
      sdk: { allowClientProviderKeys: false, unknownEndpoints: 'block', warnAction: 'redact' },
    });
    expect(Object.isFrozen(defaultPolicy.detectors)).toBe(true);
  });

  it('accepts a full example', () => {
    const result = loadPolicy(fullExample);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    expect(result.policy.custom[1]).toMatchObject({ kind: 'keywords', wholeWord: true, caseInsensitive: true, severity: 'high' });
    expect(result.policy.overrides.sites['*.openai.com']?.detectors[0]?.action).toBe('block');
  });

  it('reads JSON with the json format', () => {
    const result = loadPolicy(JSON.stringify({ version: 1, name: 'j' }), 'json');
    expect(result).toMatchObject({ ok: true, policy: { detectors: [], failMode: 'closed' } });
  });

  it('fills every default from a minimal document', () => {
    const result = loadPolicy('version: 1\nname: minimal\n');
    expect(result).toMatchObject({ ok: true, policy: { logging: { retentionDays: 90, ship: false }, warn: { allowSendOriginal: false } } });
  });
});

function errorsOf(text: string, format?: 'yaml' | 'json') {
  const result = loadPolicy(text, format);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('loadPolicy errors', () => {
  it('points at the bad action with its path and line', () => {
    const errors = errorsOf('version: 1\nname: x\ndetectors:\n  - { category: pii, action: warn }\n  - { type: email, action: warn }\n  - { type: github-pat, action: nuke }\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: 'detectors[2].action', line: 6 });
    expect(errors[0]!.message).toMatch(/allow|block/);
  });

  it('names unknown keys precisely', () => {
    const errors = errorsOf('version: 1\nname: x\napproval: { timeoutSecs: 10 }\n');
    expect(errors).toEqual([expect.objectContaining({ path: 'approval.timeoutSecs', message: 'unknown key: timeoutSecs' })]);
  });

  it('rejects a rule with both or neither selector', () => {
    const errors = errorsOf('version: 1\nname: x\ndetectors: [{ type: a, category: pii, action: warn }, { action: warn }]\n');
    expect(errors.map((e) => e.path)).toEqual(['detectors[0]', 'detectors[1]']);
  });

  it('reports a custom regex that does not compile, or matches the empty string, at its pattern', () => {
    const errors = errorsOf(`version: 1
name: x
custom:
  - { id: ok, kind: regex, pattern: 'A\\d+' }
  - { id: broken, kind: regex, pattern: '(unclosed' }
  - { id: empty, kind: regex, pattern: 'x*' }
`);
    expect(errors.map((e) => [e.path, e.line])).toEqual([
      ['custom[1].pattern', 5],
      ['custom[2].pattern', 6],
    ]);
    expect(errors[0]!.message).toMatch(/invalid regular expression/);
    expect(errors[1]!.message).toMatch(/empty string/);
  });

  it('refuses custom regexes the linear-time engine cannot run, naming the construct, at their pattern', () => {
    const errors = errorsOf(`version: 1
name: x
custom:
  - { id: ok, kind: regex, pattern: '(a+)+$' }
  - { id: behind, kind: regex, pattern: '(?<=order )\\d{6}' }
  - { id: ahead, kind: regex, pattern: 'key-(?!test)\\w+' }
  - { id: backref, kind: regex, pattern: '(\\w)\\1{3}' }
`);
    expect(errors.map((e) => e.path)).toEqual(['custom[1].pattern', 'custom[2].pattern', 'custom[3].pattern']);
    expect(errors[0]!.message).toBe('lookbehind (?<=…) is not supported: custom patterns run in a linear-time regex engine (RE2), which has no lookaround or backreferences');
    expect(errors[1]!.message).toMatch(/^negative lookahead \(\?!…\) is not supported/);
    expect(errors[2]!.message).toMatch(/^backreference \\1 is not supported/);
  });

  it('rejects duplicate custom ids, bad host patterns and non-positive versions', () => {
    const errors = errorsOf(`version: 0
name: x
custom:
  - { id: a, kind: keywords, keywords: [x] }
  - { id: a, kind: keywords, keywords: [y] }
overrides:
  sites:
    "https://chatgpt.com": { detectors: [] }
`);
    expect(errors.map((e) => e.path).sort()).toEqual(['custom[1].id', 'overrides.sites["https://chatgpt.com"]', 'version'].sort());
  });

  it('reports YAML syntax errors with line and column', () => {
    const errors = errorsOf('version: 1\nname: x\ndetectors: [\n  { type: a, action: warn \n');
    expect(errors[0]).toMatchObject({ path: '' });
    expect(errors[0]!.message).toMatch(/^invalid YAML/);
    expect(errors[0]!.line).toBeGreaterThanOrEqual(3);
    expect(errors[0]!.column).toBeGreaterThanOrEqual(1);
  });

  it('reports JSON syntax errors with line and column', () => {
    const errors = errorsOf('{\n  "version": 1,\n  "name": "x",\n}', 'json');
    expect(errors[0]).toMatchObject({ path: '', line: 4, column: 1 });
  });

  it('rejects a document that is not an object', () => {
    expect(errorsOf('- just\n- a list\n')[0]).toMatchObject({ path: '' });
  });
});
