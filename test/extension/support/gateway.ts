import { startTestGateway, type TestGateway } from '../../../desktop/src/gateway/testing/test-gateway';
import { until } from './page-actions';

/** The policy the browser suites run under: one rule per verdict, so each is reachable with one phrase. */
export const E2E_POLICY = `version: 7
name: e2e policy
detectors:
  - { type: '*private-key*', action: block }
  - { category: secret, action: redact }
  - { category: pii, action: warn }
custom:
  - { id: falcon, kind: keywords, keywords: [Project Falcon], action: hold, title: Project Falcon }
  - { id: nightjar, kind: keywords, keywords: [Operation Nightjar], action: block, title: Operation Nightjar }
approval: { timeoutSeconds: 120 }
warn: { allowSendOriginal: true, requireJustification: true }
`;

export const SECRETS = {
  github: 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u',
  email: 'dana.kowalski@fabrikam-mail.com',
};

export async function startE2eGateway(): Promise<TestGateway> {
  return startTestGateway({ policyYaml: E2E_POLICY });
}

/** Decides the pending approval a test created, through the local UI API, as an approver would. */
export async function decidePending(t: TestGateway, decision: 'approve' | 'deny', reason: string): Promise<void> {
  const cookie = await t.uiCookie();
  const id = await until('a pending approval', async () => {
    const list = await t.request('GET', '/ui/api/approvals', { token: null, headers: { cookie } });
    return list.json<{ approvals: Array<{ id: string; status?: string }> }>().approvals.find((a) => a.status === undefined || a.status === 'pending')?.id;
  });
  const answer = await t.request('POST', `/ui/api/approvals/${id}/decision`, { token: null, headers: { cookie, origin: t.gateway.url }, body: { decision, reason } });
  if (answer.status !== 200) throw new Error(`deciding the approval failed: ${answer.status} ${answer.body}`);
}
