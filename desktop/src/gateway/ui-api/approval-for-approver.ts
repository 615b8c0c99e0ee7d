import { ACTIONS, actionRank, type Action } from '@promptgate/shared';
import type { ApprovalView } from '../approvals/approval-queue';

export type ApprovalFinding = ApprovalView['findings'][number];

/**
 * A held prompt as the local UI shows it to the approver. A held prompt usually carries other findings too
 * (an email the policy allows, a key it redacts); listing them as reasons would send the approver looking for
 * a problem that is not there, and hiding them would hide that approving sends an allowed value as written.
 */
export interface ApprovalForApprover extends Omit<ApprovalView, 'findings'> {
  /** Findings whose policy action is hold or stricter: why the prompt waits. One per placeholder. */
  heldFor: ApprovalFinding[];
  /** Every other finding with its own action (allow: sent as written; redact, warn: sent as its placeholder). */
  alsoFound: ApprovalFinding[];
}

const HOLD_RANK = actionRank('hold');

function isAction(action: string): action is Action {
  return (ACTIONS as readonly string[]).includes(action);
}

/** An action this gateway does not know is shown as a reason: a reason too many is safer than one hidden. */
function causesHold(finding: ApprovalFinding): boolean {
  return !isAction(finding.action) || actionRank(finding.action) >= HOLD_RANK;
}

/** The same value found twice has one placeholder; the approver needs it listed once. */
function onePerPlaceholder(findings: readonly ApprovalFinding[]): ApprovalFinding[] {
  const seen = new Map<string, ApprovalFinding>();
  for (const finding of findings) {
    const key = finding.placeholder || `${finding.type}\u0000${finding.action}`;
    if (!seen.has(key)) seen.set(key, finding);
  }
  return [...seen.values()];
}

export function forApprover(view: ApprovalView): ApprovalForApprover {
  const { findings, ...rest } = view;
  return {
    ...rest,
    heldFor: onePerPlaceholder(findings.filter(causesHold)),
    alsoFound: onePerPlaceholder(findings.filter((finding) => !causesHold(finding))),
  };
}
