import { describe, expect, it } from 'vitest';
import { Vault } from '../redact/vault';
import { defaultPolicy, defaultPolicyInput } from '../policy/default-policy';
import { policySchema } from '../policy/schema';
import { inspect } from './inspect';
import { approvalFindings, findingTitle, inspectAnswer, recordedFindings, recordedText } from './decision-glue';

const GHP = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';
const EMAIL = 'jane.doe@example-corp.com';

function inspected(texts: string[], policy = defaultPolicy) {
  return inspect(
    texts.map((text, i) => ({ id: `s${i}`, kind: 'prompt' as const, text })),
    { policy, context: { site: 'chatgpt.com', client: 'browser' }, vault: new Vault() },
  );
}

describe('decision glue', () => {
  it('records each finding at its placeholder in the joined masked text, in every segment', () => {
    const result = inspected([`first ${GHP}`, `second mail ${EMAIL} and ${GHP}`]);
    const text = recordedText(result);
    const findings = recordedFindings(result);
    expect(findings.length).toBe(3);
    for (const finding of findings) expect(text.slice(finding.start, finding.end)).toBe(finding.placeholder);
    expect(text).not.toContain(GHP);
  });

  it('gives approvers titles and placeholders, never positions or values', () => {
    const result = inspected([`key ${GHP}`]);
    const [finding] = approvalFindings(result, defaultPolicy);
    expect(finding).toEqual({ type: 'github-pat', title: 'GitHub personal access token', category: 'secret', action: finding!.action, placeholder: '[GITHUB_PAT_1]' });
  });

  it('names custom detectors by their title and anything unknown by its id', () => {
    const policy = policySchema.parse({ ...defaultPolicyInput, custom: [{ id: 'codename', kind: 'keywords', title: 'Project codename', keywords: ['nightfall'] }] });
    expect(findingTitle('custom:codename', policy)).toBe('Project codename');
    expect(findingTitle('github-pat', policy)).toBe('GitHub personal access token');
    expect(findingTitle('no-such-rule', policy)).toBe('no-such-rule');
  });

  it('answers the extension API with the titles, the warn options and the block sentence', () => {
    const source = { name: 'p', version: 1, source: 'local', failMode: 'closed' as const, restoreResponses: true };
    const blocking = policySchema.parse({ ...defaultPolicyInput, detectors: [{ type: 'github-pat', action: 'block' }] });
    const blocked = inspectAnswer(inspected([`key ${GHP}`], blocking), blocking, 'e1', source);
    expect(blocked.verdict).toBe('block');
    expect(blocked.message).toBe("Blocked by your organisation's policy: GitHub personal access token. Remove it from the prompt to send.");
    expect(blocked.findings[0]).toMatchObject({ segmentId: 's0', title: 'GitHub personal access token' });
    const warning = policySchema.parse({ ...defaultPolicyInput, detectors: [{ type: 'github-pat', action: 'warn' }] });
    expect(inspectAnswer(inspected([`key ${GHP}`], warning), warning, 'e2', source).warn).toEqual({
      allowSendOriginal: warning.warn.allowSendOriginal,
      requireJustification: warning.warn.requireJustification,
    });
  });
});
