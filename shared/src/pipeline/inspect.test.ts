import { describe, expect, it } from 'vitest';
import { compileCustomDetectors } from '../policy/custom-detectors';
import { defaultPolicy } from '../policy/default-policy';
import { loadPolicy } from '../policy/load';
import { Vault } from '../redact/vault';
import { inspect } from './inspect';

const token = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';

describe('inspect', () => {
  it('redacts secrets in the sent text and keeps placeholders stable across segments', () => {
    const vault = new Vault();
    const result = inspect(
      [
        { id: 'a', kind: 'prompt', text: `use ${token} please` },
        { id: 'b', kind: 'paste', text: `again: ${token}` },
      ],
      { policy: defaultPolicy, context: { site: 'chatgpt.com' }, vault },
    );
    expect(result.action).toBe('redact');
    expect(result.segments.map((segment) => segment.text)).toEqual(['use [GITHUB_PAT_1] please', 'again: [GITHUB_PAT_1]']);
    expect(result.segments[0]!.findings).toEqual([
      expect.objectContaining({ type: 'github-pat', category: 'secret', action: 'redact', placeholder: '[GITHUB_PAT_1]', start: 4, end: 18, maskedStart: 4, maskedEnd: 18 }),
    ]);
    expect(JSON.stringify(result)).not.toContain(token);
  });

  it('allows a clean prompt untouched', () => {
    const result = inspect([{ id: 'a', kind: 'prompt', text: 'How do I sort a list in Python?' }], {
      policy: defaultPolicy,
      context: {},
      vault: new Vault(),
    });
    expect(result).toMatchObject({ action: 'allow', findingCount: 0, segments: [{ text: 'How do I sort a list in Python?' }] });
  });

  it('leaves held values in the text to send but masks them for the record', () => {
    const loaded = loadPolicy('version: 2\nname: t\ncustom:\n  - { id: falcon, kind: keywords, keywords: [Project Falcon], action: hold }\n');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const result = inspect([{ id: 'a', kind: 'prompt', text: `Project Falcon launch, token ${token}` }], {
      policy: loaded.policy,
      context: {},
      vault: new Vault(),
      extraRules: compileCustomDetectors(loaded.policy.custom),
    });
    expect(result.action).toBe('hold');
    expect(result.segments[0]!.text).toBe('Project Falcon launch, token [GITHUB_PAT_1]');
    expect(result.segments[0]!.maskedText).toBe('[CUSTOM_FALCON_1] launch, token [GITHUB_PAT_1]');
    // Positions point into the text to send: the held value as is, the token's placeholder after it.
    const [held, redacted] = result.segments[0]!.findings;
    expect(result.segments[0]!.text.slice(held!.start, held!.end)).toBe('Project Falcon');
    expect(result.segments[0]!.text.slice(redacted!.start, redacted!.end)).toBe('[GITHUB_PAT_1]');
    expect(result.segments[0]!.maskedText.slice(redacted!.maskedStart, redacted!.maskedEnd)).toBe('[GITHUB_PAT_1]');
  });
});
