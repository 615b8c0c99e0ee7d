import type { Finding } from '../detect/types';

export interface IndexedFinding {
  finding: Finding;
  /** Position in the caller's findings array, so verdicts and replacements can be matched up. */
  index: number;
}

/**
 * The findings that can be replaced in `text`: inside it, non-empty, sorted, without overlaps. `detect`
 * already guarantees all of that; findings from elsewhere (a client, an older engine) may not, and a bad
 * span must never make us splice garbage or leave part of a value in place. On overlap the earlier-starting
 * (then longer) span wins and the other is dropped.
 */
export function replaceableSpans(text: string, findings: readonly Finding[], include: (finding: Finding, index: number) => boolean): IndexedFinding[] {
  const spans: IndexedFinding[] = [];
  findings.forEach((finding, index) => {
    const { start, end } = finding;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) return;
    if (include(finding, index)) spans.push({ finding, index });
  });
  spans.sort((a, b) => a.finding.start - b.finding.start || b.finding.end - a.finding.end);
  const kept: IndexedFinding[] = [];
  for (const span of spans) {
    const last = kept[kept.length - 1];
    if (last && span.finding.start < last.finding.end) continue;
    kept.push(span);
  }
  return kept;
}
