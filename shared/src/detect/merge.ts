import { type Finding, severityRank } from './types';

const CATEGORY_RANK = { secret: 2, custom: 1, pii: 0 } as const;

/** Which of two overlapping findings says more: the stricter category, then severity, confidence, length. */
function outranks(a: Finding, b: Finding): boolean {
  const byCategory = CATEGORY_RANK[a.category] - CATEGORY_RANK[b.category];
  if (byCategory !== 0) return byCategory > 0;
  const bySeverity = severityRank(a.severity) - severityRank(b.severity);
  if (bySeverity !== 0) return bySeverity > 0;
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  return a.end - a.start > b.end - b.start;
}

/**
 * Resolves overlaps so every character belongs to at most one finding: when two findings overlap, the one
 * that outranks the other stays (a connection string beats the `user@host` "email" inside it). Findings that
 * only touch are both kept. Returns findings sorted by start.
 */
export function mergeFindings(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (const finding of findings) {
    const last = kept[kept.length - 1];
    if (last === undefined || finding.start >= last.end) {
      kept.push(finding);
      continue;
    }
    // Overlap: the stronger one of the two takes the place. A winner that now overlaps an earlier kept
    // finding is rare enough (three-way chains) to settle by a second pass.
    if (outranks(finding, last)) kept[kept.length - 1] = finding;
  }
  for (let i = 1; i < kept.length; i++) {
    if (kept[i]!.start < kept[i - 1]!.end) return mergeFindings(kept);
  }
  return kept;
}
