import { afterEach, describe, expect, it } from 'vitest';
import type { InspectResponse } from '@promptgate/shared';
import { ApprovalQueue, type ApprovalRequest } from './approval-queue';
import { HttpError } from '@promptgate/shared/http-node';
import { inspectBody, startTestGateway, type TestGateway } from '../testing/test-gateway';

function held(requester: string, text: string): ApprovalRequest {
  return {
    requester,
    sessionKind: 'chat',
    site: 'chatgpt.com',
    eventId: 'e',
    conversationId: 'c',
    maskedSegments: [{ id: 'p', text }],
    findings: [],
    segmentsToSend: [{ id: 'p', text }],
    timeoutMs: 60_000,
  };
}

function refusal(run: () => unknown): HttpError {
  try {
    run();
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('limits on held prompts', () => {
  it('refuses a client one held prompt more than its limit, while others still get theirs', () => {
    const queue = new ApprovalQueue({ limits: { maxPendingPerRequester: 2 } });
    queue.create(held('laptop', 'a'));
    const second = queue.create(held('laptop', 'b'));
    const refused = refusal(() => queue.create(held('laptop', 'c')));
    expect(refused).toMatchObject({ status: 429, code: 'too_many_holds' });
    expect(refused.message).toMatch(/laptop already has 2 prompts waiting for approval \(at most 2\)/);
    expect(queue.create(held('ci-agent', 'd')).status).toBe('pending');
    // A decision makes room again.
    queue.decide(second.id, 'denied', 'admin', 'no');
    expect(queue.create(held('laptop', 'e')).status).toBe('pending');
    expect(queue.pendingCount()).toBe(3);
  });

  it('refuses a client whose held prompts would pass its byte limit', () => {
    const queue = new ApprovalQueue({ limits: { maxPendingBytesPerRequester: 1024 * 1024 } });
    queue.create(held('laptop', 'x'.repeat(256 * 1024)));
    const refused = refusal(() => queue.create(held('laptop', 'y'.repeat(300 * 1024))));
    expect(refused).toMatchObject({ status: 429, code: 'too_many_holds' });
    expect(refused.message).toMatch(/would hold 1\.1 MB \(at most 1\.0 MB\)/);
    expect(queue.pendingCount()).toBe(1);
  });
});

const HOLD_POLICY = `version: 1
name: holds
custom:
  - { id: falcon, kind: keywords, keywords: [Project Falcon], action: hold }
approval: { timeoutSeconds: 600 }
`;

describe('the extension API with too many held prompts', () => {
  let t: TestGateway | undefined;
  afterEach(async () => {
    await t?.stop();
    t = undefined;
  });

  it('answers 429 JSON once a client has its limit of prompts waiting, and records no hold for it', async () => {
    t = await startTestGateway({ policyYaml: HOLD_POLICY });
    for (let i = 0; i < 20; i++) {
      const answer = await t.request('POST', '/api/inspect', { body: inspectBody(`Project Falcon ${i}`, { conversationId: `c${i}` }) });
      expect(answer.json<InspectResponse>().verdict).toBe('hold');
    }
    const eventsBefore = t.gateway.log.countsByVerdict(0).hold;
    expect(eventsBefore).toBe(20);
    const refused = await t.request('POST', '/api/inspect', { body: inspectBody('Project Falcon again', { conversationId: 'c20' }) });
    expect(refused.status).toBe(429);
    expect(refused.json()).toMatchObject({ error: { code: 'too_many_holds' } });
    expect(refused.json<{ error: { message: string } }>().error.message).toMatch(/20 prompts waiting for approval/);
    expect(t.gateway.log.countsByVerdict(0).hold).toBe(eventsBefore);
    expect(t.gateway.pendingApprovals()).toBe(20);
  });
});
