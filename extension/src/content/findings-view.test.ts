import type { InspectResponse } from '@promptgate/shared';
import { describe, expect, it } from 'vitest';
import { findingRows } from './findings-view';

const POLICY = { name: 'p', version: 1, source: 'default', failMode: 'closed' as const, restoreResponses: true };

describe('the overlay rows for an answer', () => {
  it('lists each finding, and a size limit that has no finding as a row of its own', () => {
    const answer: InspectResponse = {
      eventId: 'e1',
      verdict: 'hold',
      segments: [{ id: 's', text: '[GITHUB_PAT_1] …' }],
      findings: [
        {
          segmentId: 's',
          type: 'github-pat',
          title: 'GitHub token',
          category: 'secret',
          severity: 'critical',
          action: 'redact',
          placeholder: '[GITHUB_PAT_1]',
          start: 0,
          end: 14,
          preview: 'ghp_****',
        },
      ],
      reasons: [
        { type: 'github-pat', title: 'GitHub token', category: 'secret', action: 'redact', count: 1, rule: 'default' },
        { type: 'prompt-size-limit', title: 'Prompt longer than the policy allows (at most 2,000 characters)', category: 'limit', action: 'hold', count: 1, rule: 'limits.prompt' },
      ],
      policy: POLICY,
    };
    expect(findingRows(answer)).toEqual([
      { title: 'GitHub token', preview: 'ghp_****' },
      { title: 'Prompt longer than the policy allows (at most 2,000 characters)', preview: '' },
    ]);
  });
});
