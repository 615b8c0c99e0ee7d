import { mergeFindings } from '../merge';
import type { Finding } from '../types';
import { encodedLinesView } from './decode';
import { composeViews, type PieceView, type TextView } from './text-view';

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
  let level: PieceView | undefined = encodedLinesView(text, firstBackslash, wideSpecials);
  if (level === undefined) return plain;
  const all = plain.slice();
  const levels: PieceView[] = [];
  let view: TextView = level;
  while (level !== undefined) {
    levels.push(level);
    view = composeLevels(levels);
    for (const finding of findingsInOriginal(view, detect(view.text))) all.push(finding);
    // A level holds nothing left to fold: only escapes that decoding produced (`\\n` → `\n`) remain.
    const backslash: number = levels.length < MAX_LEVELS ? level.text.indexOf('\\') : -1;
    level = backslash < 0 ? undefined : encodedLinesView(level.text, backslash, []);
  }
  return mergeFindings(trimToUnits(all, view));
}

/** Each level a view of the one before, as one view of the first level's original. */
function composeLevels(levels: readonly PieceView[]): TextView {
  let view: TextView = levels[levels.length - 1]!;
  for (let i = levels.length - 2; i >= 0; i--) view = composeViews(levels[i]!, view);
  return view;
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
export function trimToUnits(findings: Finding[], view: Pick<TextView, 'unitAround'>): Finding[] {
  const kept: Finding[] = [];
  for (const finding of findings) {
    let start = finding.start;
    let end = finding.end;
    // An escape of an escape sits inside a bigger unit: move until no unit has the offset inside it.
    for (let unit = view.unitAround(start); unit !== undefined; unit = view.unitAround(start)) start = unit.end;
    for (let unit = view.unitAround(end); unit !== undefined; unit = view.unitAround(end)) end = unit.start;
    if (start >= end) continue;
    kept.push(start === finding.start && end === finding.end ? finding : { ...finding, start, end });
  }
  return kept;
}
