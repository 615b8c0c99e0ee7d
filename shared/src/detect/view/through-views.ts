import { mergeFindings } from '../merge';
import type { Finding } from '../types';
import { encodedLinesView } from './decode';
import { composeViews, type Span, type TextView } from './text-view';

/**
 * Levels of escaping decoded: a file in a JSON string (1), in a tool call's arguments, which are a JSON
 * string inside the JSON request (2), and once more for good measure. Each level is a view of the one
 * before, built only from its lines that hold escapes.
 */
const MAX_LEVELS = 3;

/**
 * Findings of `detect` in `text` and in the decoded views of its encoded lines, in `text`'s offsets, merged.
 * `plain` is what `detect` found in `text` itself; `firstBackslash` and `wideSpecials` say where to look
 * (see `encodedLinesView`).
 */
export function detectThroughViews(
  text: string,
  firstBackslash: number,
  wideSpecials: readonly number[],
  plain: Finding[],
  detect: (text: string) => Finding[],
): Finding[] {
  let view = encodedLinesView(text, firstBackslash, wideSpecials);
  if (view === undefined) return plain;
  const all = plain.slice();
  for (let level = 1; ; level++) {
    all.push(...findingsInOriginal(view, detect(view.text)));
    const backslash = level < MAX_LEVELS ? view.text.indexOf('\\') : -1;
    // A view holds nothing left to fold: only escapes that decoding produced (`\\n` → `\n`) remain.
    const inner = backslash < 0 ? undefined : encodedLinesView(view.text, backslash, []);
    if (inner === undefined) break;
    view = composeViews(view, inner);
  }
  return mergeFindings(trimToUnits(all, view.units()));
}

/** Findings made in `view.text`, in the offsets of the view's original; one that crosses a gap is dropped. */
export function findingsInOriginal(view: TextView, findings: readonly Finding[]): Finding[] {
  const mapped: Finding[] = [];
  for (const finding of findings) {
    const span = view.toOriginal(finding.start, finding.end);
    if (span !== undefined) mapped.push({ ...finding, start: span.start, end: span.end });
  }
  return mapped;
}

/**
 * Findings moved off the inside of escape sequences: scanning the encoded text finds `nAbc…` after a `\n`,
 * which would redact half an escape and break the JSON around it. A start inside a unit moves past it, an
 * end inside one moves before it; what is left empty goes.
 */
export function trimToUnits(findings: Finding[], units: Span[]): Finding[] {
  if (units.length === 0) return findings;
  const merged = mergeUnits(units);
  const kept: Finding[] = [];
  for (const finding of findings) {
    const around = unitAround(merged, finding.start);
    const start = around === undefined ? finding.start : around.end;
    const beforeEnd = unitAround(merged, finding.end);
    const end = beforeEnd === undefined ? finding.end : beforeEnd.start;
    if (start >= end) continue;
    kept.push(start === finding.start && end === finding.end ? finding : { ...finding, start, end });
  }
  return kept;
}

/** Units sorted and joined where they overlap (an escape of an escape covers the one inside it). */
function mergeUnits(units: Span[]): Span[] {
  const sorted = [...units].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const unit of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && unit.start < last.end) last.end = Math.max(last.end, unit.end);
    else merged.push({ ...unit });
  }
  return merged;
}

/** The unit that has `at` strictly inside it, if any. */
function unitAround(units: readonly Span[], at: number): Span | undefined {
  let low = 0;
  let high = units.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const unit = units[middle]!;
    if (at <= unit.start) high = middle - 1;
    else if (at >= unit.end) low = middle + 1;
    else return unit;
  }
  return undefined;
}
