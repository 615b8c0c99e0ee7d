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
 * only touch are both kept. Returns findings sorted by start: `findings` itself, sorted and compacted in
 * place, as a text dense with findings (tens of thousands at a megabyte) would otherwise copy them all into a
 * second array that grows as it goes.
 */
export function mergeFindings(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  // The kept findings are the first `kept` entries: each is written at or before the one being read.
  let kept = 0;
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i]!;
    if (kept === 0 || finding.start >= findings[kept - 1]!.end) {
      findings[kept++] = finding;
      continue;
    }
    // Overlap: the stronger one of the two takes the place. A winner that now overlaps an earlier kept
    // finding is rare enough (three-way chains) to settle by a second pass.
    if (outranks(finding, findings[kept - 1]!)) findings[kept - 1] = finding;
  }
  findings.length = kept;
  for (let i = 1; i < kept; i++) {
    if (findings[i]!.start < findings[i - 1]!.end) return mergeFindings(findings);
  }
  return findings;
}
