import { type Finding, severityRank } from './types';

const CATEGORY_RANK = { secret: 2, custom: 1, pii: 0 } as const;

/** A category's rank in a merge: a secret outranks custom data, which outranks personal data. */
export function categoryRank(category: Finding['category']): number {
  return CATEGORY_RANK[category];
}

/**
 * Which of two overlapping findings says more: the stricter category, then severity, confidence, length. On
 * ranks rather than findings, so the engine's column store (`FindingBuffer`) merges by the same order.
 */
export function outranksBy(
  categoryA: number,
  severityA: number,
  confidenceA: number,
  lengthA: number,
  categoryB: number,
  severityB: number,
  confidenceB: number,
  lengthB: number,
): boolean {
  if (categoryA !== categoryB) return categoryA > categoryB;
  if (severityA !== severityB) return severityA > severityB;
  if (confidenceA !== confidenceB) return confidenceA > confidenceB;
  return lengthA > lengthB;
}

function outranks(a: Finding, b: Finding): boolean {
  return outranksBy(
    categoryRank(a.category),
    severityRank(a.severity),
    a.confidence,
    a.end - a.start,
    categoryRank(b.category),
    severityRank(b.severity),
    b.confidence,
    b.end - b.start,
  );
}

/** `loser` is of the same category and severity as `winner`, which outranks it. */
function saysAsMuch(loser: Finding, winner: Finding): boolean {
  return loser.category === winner.category && loser.severity === winner.severity;
}

/** `finding` over `[start, end)`: itself when that is its span, otherwise a copy (findings may be shared). */
function spanning(finding: Finding, start: number, end: number): Finding {
  return finding.start === start && finding.end === end ? finding : { ...finding, start, end };
}

/** `a` comes before `b`: an earlier start, or the same start and a later end. */
function precedes(a: Finding, b: Finding): boolean {
  return a.start < b.start || (a.start === b.start && a.end > b.end);
}

/** Above this many sorted runs the findings are in no useful order, and the built-in sort takes them. */
const MAX_RUNS = 64;

/**
 * Sorts `findings` by start, longest first at the same start, keeping the order of equal ones (as the built-in
 * sort does). The engine lists each rule's findings in text order, one rule after another: the list is a few
 * sorted runs, merged here with the order test inlined, where the built-in sort calls a comparator for every
 * test (a tenth of a text's detection when it is dense with findings).
 */
function sortByStart(findings: Finding[]): void {
  const n = findings.length;
  let bounds = [0];
  for (let i = 1; i < n; i++) {
    if (!precedes(findings[i]!, findings[i - 1]!)) continue;
    if (bounds.length === MAX_RUNS) {
      findings.sort((a, b) => a.start - b.start || b.end - a.end);
      return;
    }
    bounds.push(i);
  }
  if (bounds.length === 1) return;
  bounds.push(n);
  let from = findings;
  let to = findings.slice();
  // Each pass merges neighbouring runs, two by two, from one array into the other.
  while (bounds.length > 2) {
    let k = 0;
    for (; k + 2 < bounds.length; k += 2) mergeRuns(from, to, bounds[k]!, bounds[k + 1]!, bounds[k + 2]!);
    // An odd run out is copied as it is.
    for (let i = bounds[k]!; i < n; i++) to[i] = from[i]!;
    // Every other bound is where a merged run starts; the end stays the end.
    const merged = bounds.filter((_, j) => j % 2 === 0);
    if (merged[merged.length - 1] !== n) merged.push(n);
    bounds = merged;
    [from, to] = [to, from];
  }
  if (from !== findings) for (let i = 0; i < n; i++) findings[i] = from[i]!;
}

/** Merges the sorted runs `from[start, middle)` and `from[middle, end)` into `to[start, end)`, left first on ties. */
function mergeRuns(from: Finding[], to: Finding[], start: number, middle: number, end: number): void {
  let i = start;
  let j = middle;
  let k = start;
  while (i < middle && j < end) to[k++] = precedes(from[j]!, from[i]!) ? from[j++]! : from[i++]!;
  while (i < middle) to[k++] = from[i++]!;
  while (j < end) to[k++] = from[j++]!;
}

/**
 * Resolves overlaps so every character belongs to at most one finding: when two findings overlap, the one
 * that outranks the other stays (a connection string beats the `user@host` "email" inside it), over the span
 * of both when the other is as severe. Findings that
 * only touch are both kept. Returns findings sorted by start: `findings` itself, sorted and compacted in
 * place, as a text dense with findings (tens of thousands at a megabyte) would otherwise copy them all into a
 * second array that grows as it goes.
 */
export function mergeFindings(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  sortByStart(findings);
  // The kept findings are the first `kept` entries: each is written at or before the one being read.
  let kept = 0;
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i]!;
    if (kept === 0 || finding.start >= findings[kept - 1]!.end) {
      findings[kept++] = finding;
      continue;
    }
    // Overlap: the stronger one of the two takes the place. When the other says as much (the same category and
    // severity), the winner takes the span of both: keeping only its own would let characters through that a
    // rule as strict flagged (`Hunter2xQ9` of `<password>Hunter2xQ9!</password>`). A weaker finding around a
    // stronger one (the low-severity DSN around its secret key, a URL around its password) stays outside it, so
    // the rest of the URL keeps its meaning for the model.
    const previous = findings[kept - 1]!;
    const [winner, loser] = outranks(finding, previous) ? [finding, previous] : [previous, finding];
    findings[kept - 1] = saysAsMuch(loser, winner) ? spanning(winner, previous.start, Math.max(previous.end, finding.end)) : winner;
  }
  // Sorted by start, a merged span never reaches back over the finding kept before it: no second pass.
  findings.length = kept;
  return findings;
}
