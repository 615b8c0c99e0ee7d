import { describe, expect, it } from 'vitest';
import { inspectResponse } from '../testing/inspect-response';
import { planFor, unavailableLines } from './plan';

const response = inspectResponse;

describe('planFor', () => {
  it('sends an allowed prompt as is, and rewrites a redacted one with the gateway text', () => {
    expect(planFor({ kind: 'gateway', response: response('allow', 'hi') }, 'hi')).toEqual({ do: 'send' });
    expect(planFor({ kind: 'gateway', response: response('redact', 'key [GITHUB_PAT_1]') }, 'key ghp_x')).toEqual({ do: 'rewrite-and-send', text: 'key [GITHUB_PAT_1]' });
  });

  it('never sends when the gateway is unavailable in closed mode', () => {
    expect(planFor({ kind: 'unavailable', reason: 'not-running' }, 'secret')).toEqual({ do: 'refuse', reason: 'not-running' });
  });

  it('treats a hold without an approval id as a block', () => {
    expect(planFor({ kind: 'gateway', response: response('hold', '') }, 'x').do).toBe('block');
    expect(planFor({ kind: 'gateway', response: response('hold', '', { approvalId: 'a1' }) }, 'x')).toMatchObject({ do: 'hold', approvalId: 'a1' });
  });

  it('marks a warning from the local engine so "send original" is not offered', () => {
    const plan = planFor({ kind: 'local', reason: 'not-running', response: response('warn', 'mail [EMAIL_1]') }, 'mail a@b.co');
    expect(plan).toMatchObject({ do: 'warn', local: true, redactedText: 'mail [EMAIL_1]' });
  });

  it('tells the person how to fix each kind of unavailability, in their words', () => {
    expect(unavailableLines('not-paired').join(' ')).toMatch(/pairing code/);
    expect(unavailableLines('not-running').join(' ')).toMatch(/Open the promptgate app/);
    for (const reason of ['not-running', 'not-paired', 'timeout', 'gateway-error'] as const) {
      expect(unavailableLines(reason).join(' ')).toMatch(/ask IT/);
      expect(unavailableLines(reason).join(' ')).not.toMatch(/npm|`|gateway|\blog\b/);
    }
  });
});
