import { describe, expect, it } from 'vitest';
import type { ApprovalView } from '../approvals/approval-queue';
import { forApprover, type ApprovalFinding } from './approval-for-approver';

function finding(type: string, action: string, placeholder: string): ApprovalFinding {
  return { type, title: type, category: type.startsWith('custom:') ? 'custom' : 'pii', action, placeholder };
}

function held(findings: ApprovalFinding[]): ApprovalView {
  return {
    id: 'a-1',
    status: 'pending',
    createdAt: 1,
    expiresAt: 2,
    requester: 'laptop',
    sessionKind: 'chat',
    site: 'chatgpt.com',
    eventId: 'e-1',
    conversationId: 'c-1',
    maskedSegments: [{ id: 's1', text: 'Send the [CUSTOM_FALCON_1] memo to [EMAIL_1] with [GITHUB_PAT_1]' }],
    findings,
  };
}

describe('forApprover', () => {
  it('gives only the findings that hold as the reason, and keeps the others apart with their own action', () => {
    const shown = forApprover(
      held([
        finding('custom:falcon', 'hold', '[CUSTOM_FALCON_1]'),
        finding('email', 'allow', '[EMAIL_1]'),
        finding('github-pat', 'redact', '[GITHUB_PAT_1]'),
        finding('custom:budget', 'warn', '[CUSTOM_BUDGET_1]'),
      ]),
    );
    expect(shown.heldFor.map((f) => f.type)).toEqual(['custom:falcon']);
    expect(shown.alsoFound.map((f) => [f.type, f.action])).toEqual([
      ['email', 'allow'],
      ['github-pat', 'redact'],
      ['custom:budget', 'warn'],
    ]);
    expect(shown).not.toHaveProperty('findings');
    expect(shown).toMatchObject({ id: 'a-1', site: 'chatgpt.com', maskedSegments: [{ id: 's1' }] });
  });

  it('lists a value found twice once', () => {
    const shown = forApprover(
      held([
        finding('custom:falcon', 'hold', '[CUSTOM_FALCON_1]'),
        finding('custom:falcon', 'hold', '[CUSTOM_FALCON_1]'),
        finding('email', 'allow', '[EMAIL_1]'),
        finding('email', 'allow', '[EMAIL_1]'),
        finding('email', 'allow', '[EMAIL_2]'),
      ]),
    );
    expect(shown.heldFor.map((f) => f.placeholder)).toEqual(['[CUSTOM_FALCON_1]']);
    expect(shown.alsoFound.map((f) => f.placeholder)).toEqual(['[EMAIL_1]', '[EMAIL_2]']);
  });

  it('counts block, and an action it does not know, as a reason rather than hiding it', () => {
    const shown = forApprover(
      held([finding('custom:nightfall', 'block', '[CUSTOM_NIGHTFALL_1]'), finding('custom:odd', 'quarantine', '[CUSTOM_ODD_1]'), finding('email', 'allow', '[EMAIL_1]')]),
    );
    expect(shown.heldFor.map((f) => f.action)).toEqual(['block', 'quarantine']);
    expect(shown.alsoFound.map((f) => f.action)).toEqual(['allow']);
  });
});
