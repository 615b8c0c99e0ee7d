import { generateKeyPairSync } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApprovalState, InspectResponse } from '@promptgate/shared';
import { inspectBody, startTestGateway, type TestGateway } from './testing/test-gateway';

const GITHUB = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';
const AWS = 'AKIAZ3MRT7QW5PXK2NVB';
const EMAIL = 'dana.kowalski@fabrikam-mail.com';
const privateKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();

const HOLD_POLICY = `version: 4
name: test
detectors:
  - { category: pii, action: warn }
  - { category: secret, action: redact }
custom:
  - { id: falcon, kind: keywords, keywords: [Project Falcon], action: hold, title: Project Falcon }
approval: { timeoutSeconds: 60 }
warn: { allowSendOriginal: true, requireJustification: true }
`;

let t: TestGateway | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

async function inspect(gateway: TestGateway, text: string, overrides: Parameters<typeof inspectBody>[1] = {}): Promise<InspectResponse> {
  const response = await gateway.request('POST', '/api/inspect', { body: inspectBody(text, overrides) });
  expect(response.status, response.body).toBe(200);
  return response.json<InspectResponse>();
}

describe('POST /api/inspect', () => {
  it('redacts a secret, reports findings in the rewritten text, and never echoes the value', async () => {
    t = await startTestGateway();
    const answer = await inspect(t, `deploy with ${GITHUB} please`);
    expect(answer.verdict).toBe('redact');
    expect(answer.segments).toEqual([{ id: 'prompt', text: 'deploy with [GITHUB_PAT_1] please' }]);
    const [finding] = answer.findings;
    expect(finding).toMatchObject({ type: 'github-pat', category: 'secret', action: 'redact', placeholder: '[GITHUB_PAT_1]' });
    expect(answer.segments[0]!.text.slice(finding!.start, finding!.end)).toBe('[GITHUB_PAT_1]');
    expect(JSON.stringify(answer)).not.toContain(GITHUB);
  });

  it('records each finding of a prompt with attachments at its placeholder in the logged text', async () => {
    t = await startTestGateway();
    const body = {
      ...inspectBody(`deploy with ${GITHUB}`),
      segments: [
        { id: 'prompt', kind: 'prompt', text: `deploy with ${GITHUB}` },
        { id: 'file', kind: 'file', name: 'notes.txt', text: `mail ${EMAIL} and ${AWS}` },
      ],
    };
    const response = await t.request('POST', '/api/inspect', { body });
    expect(response.status, response.body).toBe(200);
    const [event] = t.gateway.log.searchEvents({ kind: 'inspect' });
    expect(event!.findings.length).toBe(3);
    // Offsets count from the start of the whole logged text, so the second segment's placeholders are found too.
    for (const finding of event!.findings) expect(event!.maskedText.slice(finding.start, finding.end)).toBe(finding.placeholder);
  });

  it('allows a clean prompt and blocks a private key with a reason', async () => {
    t = await startTestGateway();
    expect((await inspect(t, 'How do I reverse a list in Go?')).verdict).toBe('allow');
    const blocked = await inspect(t, `why does this fail?\n${privateKey}`);
    expect(blocked.verdict).toBe('block');
    expect(blocked.message).toMatch(/private key/i);
  });

  it('keeps one placeholder per value across prompts of a conversation, and restores only for it', async () => {
    t = await startTestGateway();
    await inspect(t, `first ${GITHUB}`, { conversationId: 'a' });
    const second = await inspect(t, `again ${GITHUB} and ${AWS}`, { conversationId: 'a' });
    expect(second.segments[0]!.text).toMatch(/^again \[GITHUB_PAT_1\] and \[AWS_[A-Z_]+_1\]$/);

    const reply = 'Rotate [GITHUB_PAT_1] now.';
    const restore = (conversationId: string, site = 'chatgpt.com', token?: string) =>
      t!.request('POST', '/api/restore', { body: { site, conversationId, text: reply }, ...(token ? { token } : {}) }).then((r) => r.json<{ text: string }>().text);
    expect(await restore('a')).toBe(`Rotate ${GITHUB} now.`);
    expect(await restore('b')).toBe(reply);
    expect(await restore('a', 'claude.ai')).toBe(reply);
    const other = t.gateway.auth.tokens.create('extension', 'other browser');
    expect(await restore('a', 'chatgpt.com', other)).toBe(reply);
  });
});

describe("warn and the person's choice", () => {
  it('refuses "send original" when policy does not allow it, and records "send redacted"', async () => {
    t = await startTestGateway();
    const answer = await inspect(t, `mail ${EMAIL}`);
    expect(answer).toMatchObject({ verdict: 'warn', warn: { allowSendOriginal: false } });
    const original = await t.request('POST', '/api/choice', { body: { eventId: answer.eventId, choice: 'send-original', justification: 'customer asked' } });
    expect(original.status).toBe(403);
    const redacted = await t.request('POST', '/api/choice', { body: { eventId: answer.eventId, choice: 'send-redacted' } });
    expect(redacted.status).toBe(200);
    const again = await t.request('POST', '/api/choice', { body: { eventId: answer.eventId, choice: 'send-redacted' } });
    expect(again.status).toBe(409);
    const events = t.gateway.log.searchEvents({ kind: 'choice' });
    expect(events[0]?.detail).toMatchObject({ inspectEventId: answer.eventId, choice: 'send-redacted' });
  });

  it('accepts "send original" with a justification when policy allows it, masking the justification', async () => {
    t = await startTestGateway({ policyYaml: HOLD_POLICY });
    const answer = await inspect(t, `mail ${EMAIL}`);
    expect(answer.warn).toEqual({ allowSendOriginal: true, requireJustification: true });
    expect((await t.request('POST', '/api/choice', { body: { eventId: answer.eventId, choice: 'send-original' } })).status).toBe(400);
    const ok = await t.request('POST', '/api/choice', { body: { eventId: answer.eventId, choice: 'send-original', justification: `the customer ${EMAIL} asked` } });
    expect(ok.status).toBe(200);
    const [choice] = t.gateway.log.searchEvents({ kind: 'choice' });
    expect(choice?.detail['justification']).toBe('the customer [EMAIL] asked');
  });
});

describe('hold and approvals', () => {
  async function held(gateway: TestGateway): Promise<InspectResponse> {
    const answer = await inspect(gateway, `Project Falcon ships Friday; token ${GITHUB}`);
    expect(answer.verdict).toBe('hold');
    expect(answer.segments).toEqual([]);
    expect(answer.approvalId).toBeTruthy();
    return answer;
  }

  it('long-polls until the person approves in the UI, then hands out the text to send', async () => {
    t = await startTestGateway({ policyYaml: HOLD_POLICY });
    const answer = await held(t);
    const waiting = vi.spyOn(t.gateway.services.approvals, 'waitForChange');
    const poll = t.request('GET', `/api/approvals/${answer.approvalId}?wait=30`);
    // Decide only once the long-poll is parked, so the answer must come from the decision waking it.
    await vi.waitFor(() => expect(waiting).toHaveBeenCalledWith(answer.approvalId, 30_000, expect.anything()), { timeout: 60_000 });
    const cookie = await t.uiCookie();
    const pending = await t.request('GET', '/ui/api/approvals', { token: null, headers: { cookie } });
    expect(pending.json<{ approvals: Array<{ id: string; maskedSegments: Array<{ text: string }> }> }>().approvals).toEqual([
      expect.objectContaining({ id: answer.approvalId, maskedSegments: [{ id: 'prompt', text: '[CUSTOM_FALCON_1] ships Friday; token [GITHUB_PAT_1]' }] }),
    ]);
    const decision = await t.request('POST', `/ui/api/approvals/${answer.approvalId}/decision`, {
      token: null,
      headers: { cookie, origin: t.gateway.url },
      body: { decision: 'approve', reason: 'launch is public now' },
    });
    expect(decision.status).toBe(200);
    const state = (await poll).json<ApprovalState>();
    expect(state).toMatchObject({ status: 'approved', reason: 'launch is public now' });
    expect(state.segments).toEqual([{ id: 'prompt', text: 'Project Falcon ships Friday; token [GITHUB_PAT_1]' }]);
    expect(t.gateway.log.searchEvents({ kind: 'approval' })[0]?.detail).toMatchObject({ decision: 'approved', approvalId: answer.approvalId });
  });

  it('reports a denial with its reason and hands out nothing', async () => {
    t = await startTestGateway({ policyYaml: HOLD_POLICY });
    const answer = await held(t);
    const cookie = await t.uiCookie();
    await t.request('POST', `/ui/api/approvals/${answer.approvalId}/decision`, { token: null, headers: { cookie }, body: { decision: 'deny', reason: 'not yet public' } });
    const state = (await t.request('GET', `/api/approvals/${answer.approvalId}`)).json<ApprovalState>();
    expect(state).toMatchObject({ status: 'denied', reason: 'not yet public' });
    expect(state.segments).toBeUndefined();
    const twice = await t.request('POST', `/ui/api/approvals/${answer.approvalId}/decision`, {
      token: null,
      headers: { cookie },
      body: { decision: 'approve', reason: 'changed my mind' },
    });
    expect(twice.status).toBe(409);
  });

  it('lets the requester cancel, and hides approvals from other clients', async () => {
    t = await startTestGateway({ policyYaml: HOLD_POLICY });
    const answer = await held(t);
    const other = t.gateway.auth.tokens.create('extension', 'someone else');
    expect((await t.request('GET', `/api/approvals/${answer.approvalId}`, { token: other })).status).toBe(404);
    expect((await t.request('DELETE', `/api/approvals/${answer.approvalId}`, { token: other })).status).toBe(404);
    const cancelled = await t.request('DELETE', `/api/approvals/${answer.approvalId}`);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    expect(t.gateway.pendingApprovals()).toBe(0);
  });

  it('expires after the policy timeout and counts as denied', async () => {
    t = await startTestGateway({ policyYaml: HOLD_POLICY, manualApprovalTimeouts: true });
    const answer = await held(t);
    t.approvalClock!.advance(59_999);
    expect((await t.request('GET', `/api/approvals/${answer.approvalId}`)).json<ApprovalState>().status).toBe('pending');
    const waiting = t.request('GET', `/api/approvals/${answer.approvalId}?wait=30`);
    t.approvalClock!.advance(1);
    const state = (await waiting).json<ApprovalState>();
    expect(state.status).toBe('expired');
    expect(state.segments).toBeUndefined();
  });

  it('tells the embedding shell about new holds and the pending count', async () => {
    t = await startTestGateway({ policyYaml: HOLD_POLICY });
    const events: string[] = [];
    t.gateway.onEvent((event) => events.push(event.type === 'hold' ? `hold:${event.summary}` : `pending:${event.pending}`));
    await held(t);
    expect(events).toEqual(['hold:Project Falcon, GitHub personal access token', 'pending:1']);
  });
});

describe('pairing', () => {
  it('exchanges a one-time code for a token that works at once', async () => {
    t = await startTestGateway();
    const cookie = await t.uiCookie();
    const { code } = (await t.request('POST', '/ui/api/pairing-code', { token: null, headers: { cookie } })).json<{ code: string }>();
    const origin = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
    const paired = await t.request('POST', '/api/pair', { token: null, headers: { origin }, body: { code, name: 'Chrome' } });
    expect(paired.status).toBe(200);
    const { token } = paired.json<{ token: string }>();
    expect((await t.request('POST', '/api/inspect', { token, headers: { origin }, body: inspectBody('hello') })).status).toBe(200);
    const reused = await t.request('POST', '/api/pair', { token: null, headers: { origin }, body: { code, name: 'Chrome' } });
    expect(reused.json()).toMatchObject({ error: { code: 'pairing_used' } });
  });
});

describe('the data directory', () => {
  it('holds no raw secret after secrets went through every path', async () => {
    t = await startTestGateway({ policyYaml: HOLD_POLICY });
    const secrets = [GITHUB, AWS, EMAIL, privateKey.split('\n')[1]!];
    const redacted = await inspect(t, `token ${GITHUB} key ${AWS}`);
    const withUrl = await t.request('POST', '/api/inspect', { body: { ...inspectBody('hello'), source: { site: 'chatgpt.com', url: `https://chatgpt.com/?key=${GITHUB}` } } });
    expect(withUrl.status).toBe(200);
    const warned = await inspect(t, `write to ${EMAIL} with ${GITHUB}`);
    await t.request('POST', '/api/choice', { body: { eventId: warned.eventId, choice: 'send-original', justification: `approved for ${EMAIL} using ${GITHUB}` } });
    await inspect(t, `here:\n${privateKey}`);
    const hold = await inspect(t, `Project Falcon and ${AWS}`);
    const cookie = await t.uiCookie();
    await t.request('POST', `/ui/api/approvals/${hold.approvalId}/decision`, {
      token: null,
      headers: { cookie },
      body: { decision: 'approve', reason: `ok, ${AWS} is a test key` },
    });
    await t.request('POST', '/api/restore', { body: { site: 'chatgpt.com', conversationId: 'c1', text: 'see [GITHUB_PAT_1]' } });
    expect(redacted.verdict).toBe('redact');

    // Close first so the WAL is checkpointed into the database file too; then read every byte.
    await t.gateway.close();
    const files = await readdir(t.dataDir, { recursive: true });
    let bytes = 0;
    for (const file of files) {
      const content = await readFile(join(t.dataDir, file)).catch(() => undefined);
      if (!content) continue;
      bytes += content.length;
      for (const secret of secrets) expect(content.includes(secret), `${secret.slice(0, 8)}… in ${file}`).toBe(false);
    }
    expect(bytes).toBeGreaterThan(0);
    expect(t.gateway.log).toBeDefined();
  });
});
