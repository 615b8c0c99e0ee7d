import { defaultPolicy } from '@promptgate/shared';
import { HttpError } from '@promptgate/shared/http-node';
import { describe, expect, it } from 'vitest';
import type { GatewayServices } from '../../context';
import type { DecisionRecord } from '../../recorder';
import { CallCancel } from '../call-cancel';
import { createToolCallGate } from './tool-call-gate';

const GITHUB = 'ghp_R2t8mKqW3nZ7vYxB4cL9pD1sF6hJ0gT5aE2u';
const info = { requester: 'agent', provider: 'anthropic', endpoint: 'messages', model: 'claude-fake', conversationId: 'c1', stream: false };

/** A gate over stand-ins for the recorder and the approval queue, which can be made to refuse one more hold. */
function gateWith(approvals: Partial<GatewayServices['approvals']>) {
  const records: DecisionRecord[] = [];
  const services = {
    recorder: { recordJournaled: (record: DecisionRecord) => (records.push(record), { eventId: `e${records.length}` }) },
    approvals,
    shutdown: new AbortController().signal,
  } as unknown as GatewayServices;
  const gate = createToolCallGate({ services, policy: defaultPolicy, extraRules: [], info, requestEventId: 'e0', cancel: new CallCancel() });
  return { gate, records };
}

describe('the tool-call gate', () => {
  it('records each verdict with the call masked, and refuses a blocked call at once', () => {
    const { gate, records } = gateWith({});
    expect(gate.decide({ name: 'Bash', arguments: { command: 'git status' }, id: 'toolu_1' })).toEqual({ allowed: true });
    const blocked = gate.decide({ name: 'Bash', arguments: JSON.stringify({ command: `rm -rf / # ${GITHUB}` }) });
    expect(blocked).toMatchObject({ allowed: false, text: expect.stringContaining('delete-everything') });
    expect(records.map((record) => [record.kind, record.verdict, record.detail['toolCall']])).toEqual([
      ['inspect', 'allow', { name: 'Bash', id: 'toolu_1', action: 'allow', rule: null }],
      ['inspect', 'block', { name: 'Bash', id: null, action: 'block', rule: expect.objectContaining({ id: 'delete-everything' }) }],
    ]);
    expect(records[1]!.maskedText).toBe('tool call Bash: {"command":"rm -rf / # [GITHUB_PAT]"}');
  });

  it('refuses a call it would hold when the client already has too many holds waiting, saying so', async () => {
    const { gate } = gateWith({
      create: () => {
        throw new HttpError(429, 'too_many_holds', 'agent already has 20 prompts waiting for approval (at most 20)');
      },
    });
    await expect(gate.decide({ name: 'Bash', arguments: { command: 'rm -rf build' } })).resolves.toEqual({
      allowed: false,
      text: expect.stringContaining('could not ask anyone: agent already has 20 prompts waiting for approval (at most 20). It was not run.'),
    });
  });
});
