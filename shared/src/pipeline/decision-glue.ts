/**
 * What every entry point makes of an inspection, written once: the finding titles people read, the findings
 * a session log keeps, the findings an approver sees, and the answer the extension API gives. The gateway's
 * `/api/inspect`, the SDK proxy and the extension's local scan (when the gateway cannot be reached) all use
 * these, so a finding looks the same wherever it shows up.
 */
import { builtinRuleTitle } from '../detect/detect';
import type { Category } from '../detect/types';
import { customFindingType } from '../policy/custom-detectors';
import type { Policy } from '../policy/schema';
import type { InspectResponse } from '../protocol/extension-api';
import type { Inspection } from './inspect';
import { sizeLimitTitle } from './size-limits';

const customTitles = new WeakMap<Policy, Map<string, string>>();

/** The human name of a finding type: the rule's title, the custom detector's title, or the id itself. */
export function findingTitle(type: string, policy: Policy): string {
  const builtin = builtinRuleTitle(type) ?? sizeLimitTitle(type, policy);
  if (builtin) return builtin;
  let titles = customTitles.get(policy);
  if (!titles) {
    titles = new Map(policy.custom.map((detector) => [customFindingType(detector.id), detector.title ?? detector.id]));
    customTitles.set(policy, titles);
  }
  return titles.get(type) ?? type;
}

/** The fully masked text a log keeps: every segment's masked text, a blank line between them. */
export function recordedText(inspection: Inspection): string {
  return inspection.segments.map((segment) => segment.maskedText).join('\n\n');
}

/** A finding as a session log keeps it: where its placeholder is in the masked text, and the value's keyed hash. */
export interface RecordedFinding {
  type: string;
  category: Category;
  start: number;
  end: number;
  placeholder: string;
  valueHash?: string;
}

/** The findings of every segment, at their placeholders' places in `recordedText`. */
export function recordedFindings(inspection: Inspection): RecordedFinding[] {
  const findings: RecordedFinding[] = [];
  let offset = 0;
  for (const segment of inspection.segments) {
    for (const { type, category, maskedStart, maskedEnd, placeholder, valueHash } of segment.findings) {
      findings.push({ type, category, start: offset + maskedStart, end: offset + maskedEnd, placeholder, ...(valueHash ? { valueHash } : {}) });
    }
    offset += segment.maskedText.length + 2;
  }
  return findings;
}

/** The size limits an inspection went past, for the record: a limit has no finding that would say it. */
export function limitsPassed(inspection: Inspection): Array<{ type: string; action: string; count: number; rule: string }> {
  return inspection.reasons.filter((reason) => reason.category === 'limit').map(({ type, action, count, rule }) => ({ type, action, count, rule }));
}

/** A finding as an approver sees it: what it is and what policy said, never where the value was. */
export interface ApprovalFinding {
  type: string;
  title: string;
  category: string;
  action: string;
  placeholder: string;
}

export function approvalFindings(inspection: Inspection, policy: Policy): ApprovalFinding[] {
  const findings: ApprovalFinding[] = inspection.segments.flatMap((segment) =>
    segment.findings.map(({ type, category, action, placeholder }) => ({ type, title: findingTitle(type, policy), category, action, placeholder })),
  );
  // A size limit that held the prompt has no finding: the approver still sees it as a reason.
  for (const { type, category, action } of inspection.reasons)
    if (category === 'limit') findings.push({ type, title: findingTitle(type, policy), category, action, placeholder: '' });
  return findings;
}

/**
 * The extension API's answer for an inspection, before what only the caller knows: a hold's approval, and
 * where the policy came from. `block` says which findings blocked, in the person's words.
 */
export function inspectAnswer(inspection: Inspection, policy: Policy, eventId: string, policySource: InspectResponse['policy']): InspectResponse {
  const reasons = inspection.reasons.map((reason) => ({ ...reason, title: findingTitle(reason.type, policy) }));
  const answer: InspectResponse = {
    eventId,
    verdict: inspection.action,
    segments: inspection.segments.map(({ id, text }) => ({ id, text })),
    findings: inspection.segments.flatMap((segment) =>
      segment.findings.map((finding) => ({
        segmentId: segment.id,
        type: finding.type,
        title: findingTitle(finding.type, policy),
        category: finding.category,
        severity: finding.severity,
        action: finding.action,
        placeholder: finding.placeholder,
        start: finding.start,
        end: finding.end,
        preview: finding.preview,
      })),
    ),
    reasons,
    policy: policySource,
  };
  if (inspection.action === 'warn') {
    answer.warn = { allowSendOriginal: policy.warn.allowSendOriginal, requireJustification: policy.warn.requireJustification };
  }
  if (inspection.action === 'block') {
    const blocking = reasons.filter((reason) => reason.action === 'block').map((reason) => reason.title);
    answer.message = `Blocked by your organisation's policy: ${blocking.join(', ')}. Remove it from the prompt to send.`;
  }
  return answer;
}
