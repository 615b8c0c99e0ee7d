import { describe, expect, it } from 'vitest';
import type { InspectResponse } from '@promptgate/shared';
import { PREVIEW_CHARS, warnView } from './warn-view';

function warnResponse(warn: InspectResponse['warn']): InspectResponse {
  return {
    eventId: 'e1',
    verdict: 'warn',
    segments: [{ id: 'prompt', text: 'Write to [EMAIL_1]' }],
    findings: [
      {
        segmentId: 'prompt',
        type: 'email',
        title: 'Email address',
        category: 'pii',
        severity: 'medium',
        action: 'warn',
        placeholder: '[EMAIL_1]',
        start: 9,
        end: 18,
        preview: 'd***@f***.com',
      },
    ],
    reasons: [],
    ...(warn ? { warn } : {}),
    policy: { name: 'p', version: 1, source: 'default', failMode: 'closed', restoreResponses: true },
  };
}

const ids = (view: ReturnType<typeof warnView>) => view.content.actions.map((action) => action.id);

describe('the warn overlay', () => {
  it('shows exactly what "Send redacted" sends, placeholders in place', () => {
    const view = warnView(warnResponse({ allowSendOriginal: true, requireJustification: true }), 'Write to [EMAIL_1]', false);
    expect(view.content.preview).toEqual({ label: expect.stringContaining('Send redacted'), text: 'Write to [EMAIL_1]' });
    expect(view.content.findings).toEqual([{ title: 'Email address', preview: 'd***@f***.com' }]);
  });

  it('offers the original with a reason box when policy allows it, and does not explain its absence', () => {
    const view = warnView(warnResponse({ allowSendOriginal: true, requireJustification: true }), 'x', false);
    expect(view.canSendOriginal).toBe(true);
    expect(ids(view)).toEqual(['edit', 'send-original', 'send-redacted']);
    expect(view.content.justification).toBeDefined();
    expect(view.content.lines!.join(' ')).not.toMatch(/not offered/);
  });

  it('says policy is why the original is not offered', () => {
    const view = warnView(warnResponse({ allowSendOriginal: false, requireJustification: true }), 'x', false);
    expect(view.canSendOriginal).toBe(false);
    expect(ids(view)).toEqual(['edit', 'send-redacted']);
    expect(view.content.justification).toBeUndefined();
    expect(view.content.lines!.join(' ')).toMatch(/not offered.*policy/);
  });

  it('says an unreachable promptgate is why the original is not offered, even where policy allows it', () => {
    const view = warnView(warnResponse({ allowSendOriginal: true, requireJustification: false }), 'x', true);
    expect(ids(view)).toEqual(['edit', 'send-redacted']);
    expect(view.content.lines!.join(' ')).toMatch(/not offered.*cannot be reached/);
  });

  it('cuts a very long preview and says how much is left out', () => {
    const long = `${'a'.repeat(PREVIEW_CHARS)}[EMAIL_1]${'b'.repeat(10_000)}`;
    const text = warnView(warnResponse({ allowSendOriginal: true, requireJustification: true }), long, false).content.preview!.text;
    expect(text.startsWith('a'.repeat(PREVIEW_CHARS))).toBe(true);
    expect(text).toContain('10,009 more characters');
  });
});
