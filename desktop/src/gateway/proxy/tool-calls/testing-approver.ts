import { expect, vi } from 'vitest';
import type { ProxyTestGateway } from '../../testing/test-gateway';

export interface PendingApproval {
  id: string;
  sessionKind: string;
  maskedSegments: Array<{ id: string; text: string }>;
  /** Why it waits. */
  heldFor: Array<{ type: string; title: string }>;
}

/** Waits for the one pending approval, then decides it through the UI API as the person at the machine would. */
export async function decideNextApproval(rig: ProxyTestGateway, decision: 'approve' | 'deny', reason: string): Promise<PendingApproval> {
  const cookie = await rig.uiCookie();
  const url = rig.gateway.url;
  const [pending] = await vi.waitFor(
    async () => {
      const listed = ((await (await fetch(`${url}/ui/api/approvals`, { headers: { cookie } })).json()) as { approvals: PendingApproval[] }).approvals;
      expect(listed).toHaveLength(1);
      return listed;
    },
    { timeout: 60_000, interval: 50 },
  );
  const answer = await fetch(`${url}/ui/api/approvals/${pending!.id}/decision`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ decision, reason }),
  });
  expect(answer.status).toBe(200);
  return pending!;
}

/** The tool-call verdicts the session log holds, oldest first. */
export function toolCallEvents(rig: ProxyTestGateway): Array<{ verdict: string; maskedText: string; toolCall: Record<string, unknown> }> {
  rig.gateway.services.recorder.storeJournaled();
  return rig.gateway.log
    .searchEvents({ limit: 1000 })
    .filter((event) => event.detail['toolCall'] !== undefined)
    .map((event) => ({ verdict: event.verdict, maskedText: event.maskedText, toolCall: event.detail['toolCall'] as Record<string, unknown> }))
    .reverse();
}
