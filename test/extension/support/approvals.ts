import { expect } from '@playwright/test';
import type { TestGateway } from '../../../desktop/src/gateway/testing/test-gateway';

interface ApprovalList {
  approvals: Array<{ id: string; status?: string }>;
}

/** Decides the pending approval a test created, through the local UI API, as an approver would. */
export async function decidePending(t: TestGateway, decision: 'approve' | 'deny', reason: string): Promise<void> {
  const cookie = await t.uiCookie();
  const pendingId = async () => {
    const list = await t.request('GET', '/ui/api/approvals', { token: null, headers: { cookie } });
    return list.json<ApprovalList>().approvals.find((a) => a.status === undefined || a.status === 'pending')?.id;
  };
  await expect.poll(pendingId, { message: 'a pending approval' }).toBeDefined();
  const id = (await pendingId())!;
  const answer = await t.request('POST', `/ui/api/approvals/${id}/decision`, { token: null, headers: { cookie, origin: t.gateway.url }, body: { decision, reason } });
  if (answer.status !== 200) throw new Error(`deciding the approval failed: ${answer.status} ${answer.body}`);
}
