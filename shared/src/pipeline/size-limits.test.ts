import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../policy/load';
import type { Policy } from '../policy/schema';
import { Vault } from '../redact/vault';
import { approvalFindings, findingTitle, inspectAnswer } from './decision-glue';
import { inspect } from './inspect';
import type { Segment } from './segment';

function policyWith(limits: string): Policy {
  const loaded = loadPolicy(`version: 1\nname: limits\n${limits}`);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.policy;
}

const LIMITS = `limits:
  prompt: { maxChars: 1000, action: hold }
  file: { maxTokens: 500, action: block }
`;

function run(segments: Segment[], policy: Policy, client: 'browser' | 'sdk' = 'browser') {
  return inspect(segments, { policy, context: { client }, vault: new Vault() });
}

describe("the policy's size limits", () => {
  it('holds a prompt longer than the limit, and says why without a finding to point at', () => {
    const policy = policyWith(LIMITS);
    const result = run([{ id: 'p', kind: 'prompt', text: 'lorem ipsum '.repeat(100) }], policy);
    expect(result.action).toBe('hold');
    expect(result.findingCount).toBe(0);
    expect(result.reasons).toEqual([{ type: 'prompt-size-limit', category: 'limit', action: 'hold', count: 1, rule: 'limits.prompt' }]);
    expect(approvalFindings(result, policy)).toEqual([
      { type: 'prompt-size-limit', title: 'Prompt longer than the policy allows (at most 1,000 characters)', category: 'limit', action: 'hold', placeholder: '' },
    ]);
  });

  it('blocks a file past its estimated-token limit and leaves the prompt beside it alone', () => {
    const policy = policyWith(LIMITS);
    const result = run(
      [
        { id: 'p', kind: 'prompt', text: 'summarise the attached log' },
        { id: 'f', kind: 'file', name: 'app.log', text: 'x'.repeat(2001) },
      ],
      policy,
    );
    expect(result.action).toBe('block');
    expect(result.reasons.map((reason) => reason.type)).toEqual(['file-size-limit']);
    expect(inspectAnswer(result, policy, 'e1', { name: 'limits', version: 1, source: 'file', failMode: 'closed', restoreResponses: true }).message).toBe(
      "Blocked by your organisation's policy: File longer than the policy allows (at most about 500 tokens). Remove it from the prompt to send.",
    );
  });

  it('counts what was typed or pasted, not the history or system text an agent resends', () => {
    const policy = policyWith(LIMITS);
    const long = 'y'.repeat(5000);
    const result = run(
      [
        { id: 'h', kind: 'history', text: long },
        { id: 's', kind: 'system', text: long },
        { id: 'p', kind: 'prompt', text: 'and now?' },
      ],
      policy,
    );
    expect(result.action).toBe('allow');
    expect(result.reasons).toEqual([]);
    expect(run([{ id: 'v', kind: 'paste', text: long }], policy).action).toBe('hold');
  });

  it('takes the stricter of a limit and a finding, and at a limit exactly lets the text through', () => {
    const policy = policyWith(LIMITS);
    const secret = 'GITHUB_TOKEN=ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u ';
    const both = run([{ id: 'p', kind: 'prompt', text: secret.padEnd(1001, '.') }], policy);
    expect(both.action).toBe('hold');
    expect(both.segments[0]!.text).toContain('[GITHUB_PAT_1]');
    expect(run([{ id: 'p', kind: 'prompt', text: 'z'.repeat(1000) }], policy).action).toBe('allow');
  });

  it("gives clients nobody can ask the policy's sdk.warnAction for a warning", () => {
    const policy = policyWith(`limits:\n  prompt: { maxTokens: 10, action: warn }\nsdk: { warnAction: block }\n`);
    const text = 'w'.repeat(41);
    expect(run([{ id: 'p', kind: 'prompt', text }], policy, 'browser').action).toBe('warn');
    expect(run([{ id: 'p', kind: 'prompt', text }], policy, 'sdk').action).toBe('block');
  });

  it('refuses a limit without a bound, and redact as its action, with the path', () => {
    const noBound = loadPolicy('version: 1\nname: x\nlimits:\n  prompt: { action: hold }\n');
    expect(noBound.ok).toBe(false);
    if (!noBound.ok) expect(JSON.stringify(noBound.errors)).toContain('give maxChars, maxTokens or both');
    const redact = loadPolicy('version: 1\nname: x\nlimits:\n  file: { maxChars: 10, action: redact }\n');
    expect(redact.ok).toBe(false);
    if (!redact.ok) expect(JSON.stringify(redact.errors)).toContain('limits');
  });

  it('has no limits by default, and names a limit type only when the policy sets it', () => {
    const policy = policyWith('');
    expect(run([{ id: 'p', kind: 'prompt', text: 'q'.repeat(100_000) }], policy).action).toBe('allow');
    expect(findingTitle('prompt-size-limit', policy)).toBe('prompt-size-limit');
  });
});
