import { describe, expect, it, vi } from 'vitest';
import type { InspectResponse } from '@promptgate/shared';
import type { sendToBackground } from '../messages/send';
import type { Overlay, OverlayContent } from '../overlay/overlay';
import type { ContentDeps } from './deps';
import { waitForApproval } from './hold';

function held(approvers: InspectResponse['approvers']): InspectResponse {
  return {
    eventId: 'e1',
    verdict: 'hold',
    segments: [],
    findings: [],
    reasons: [],
    approvalId: 'a1',
    ...(approvers ? { approvers } : {}),
    policy: { name: 'p', version: 1, source: 'org', failMode: 'closed', restoreResponses: true },
  };
}

/** The lines of the pending overlay, for a hold the approver then approves. */
async function pendingLines(approvers: InspectResponse['approvers']): Promise<string> {
  const shown: OverlayContent[] = [];
  const overlay = { show: (content: OverlayContent) => (shown.push(content), new Promise(() => {})), setPending: () => {}, close: () => {} } as unknown as Overlay;
  const send = vi.fn(async () => ({ id: 'a1', status: 'approved', expiresAt: 0, segments: [{ id: 'prompt', text: 'ok' }] })) as unknown as typeof sendToBackground;
  const deps = { overlay, send } as unknown as ContentDeps;
  expect(await waitForApproval(deps, 'a1', held(approvers))).toBe('ok');
  return shown[0]!.lines!.join(' ');
}

describe('the hold overlay', () => {
  it('names the organisation\u2019s approvers when the org decides', async () => {
    expect(await pendingLines('org')).toMatch(/Who approves: your organisation\u2019s approvers, in the promptgate admin console/);
  });

  it('names the promptgate window\u2019s Approvals page when someone at this computer decides', async () => {
    expect(await pendingLines('local')).toMatch(/Who approves: someone at this computer, on the Approvals page of the promptgate window/);
  });

  it('says to ask IT when the gateway did not say who decides', async () => {
    expect(await pendingLines(undefined)).toMatch(/ask IT/);
  });

  it('says that only this tab waits', async () => {
    expect(await pendingLines('local')).toMatch(/Only this tab waits: you can keep working in other tabs/);
  });
});
