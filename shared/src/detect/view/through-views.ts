import { mergeFindings } from '../merge';
import type { Finding } from '../types';
import { encodedLinesView } from './decode';
import { composeViews, type PieceView, type Span, type TextView } from './text-view';

/**
 * Levels of escaping decoded: a file in a JSON string (1), in a tool call's arguments, which are a JSON
 * string inside the JSON request (2), and once more for good measure. Each level is a view of the one
 * before, built only from its lines that hold escapes.
 */
const MAX_LEVELS = 3;

/** A decoded level has nothing left to fold; typed like the scanner's offsets so the view code sees one shape. */
const NO_SPECIALS = new Int32Array(0);

/**
 * Findings of `detect` in `text` and in the decoded views of its encoded lines, in `text`'s offsets, merged.
 * `plain` is what `detect` found in `text` itself; `firstBackslash` and `wideSpecials` say where to look
 * (see `encodedLinesView`).
 */
export function detectThroughViews(
  text: string,
  firstBackslash: number,
  wideSpecials: ArrayLike<number>,
  plain: Finding[],
  detect: (text: string) => Finding[],
  /** False when `plain` was found with the escaped quotes of quote-only lines decoded (`quoteOnlyLinesDecoded`). */
  quotesOpenLines = true,
): Finding[] {
  let level: PieceView | undefined = encodedLinesView(text, firstBackslash, wideSpecials, quotesOpenLines);
  if (level === undefined) return plain;
  /** Findings by the text they were made in: `text` itself (0), then each level's view of the one before. */
  const foundIn: Finding[][] = [plain];
  /** Per level, the original spans of its escapes that stand for a line break or tab. */
  const breaksOf: Array<readonly Span[]> = [];
  const levels: PieceView[] = [];
  let view: TextView = level;
  while (level !== undefined) {
    const below = levels.length === 0 ? undefined : composeLevels(levels);
    breaksOf.push(inOriginal(level.breakUnits(), below));
    levels.push(level);
    view = composeLevels(levels);
    foundIn.push(findingsInOriginal(view, detect(view.text)));
    // A level holds nothing left to fold: only escapes that decoding produced (`\\n` → `\n`) remain.
    const backslash: number = levels.length < MAX_LEVELS ? level.text.indexOf('\\') : -1;
    level = backslash < 0 ? undefined : encodedLinesView(level.text, backslash, NO_SPECIALS);
  }
  // A finding made in a text where a line break or tab was still an escape must not run across it; one made
  // in a text where it is a real character (a PEM block in the decoded view) may.
  const all: Finding[] = [];
  let stillEncoded: readonly Span[] = [];
  for (let j = foundIn.length - 1; j >= 0; j--) {
    if (j < breaksOf.length) stillEncoded = mergeSpans(breaksOf[j]!, stillEncoded);
    for (const finding of cutAtBreaks(foundIn[j]!, stillEncoded)) all.push(finding);
  }
  const findings = mergeFindings(offEscapedQuotes(trimToUnits(all, view), text));
  // Nothing reads the views past this point: their arrays go to the next text's views.
  for (const done of levels) done.release();
  return findings;
}

/** Whether `text` is one line of JSON, an object or an array: how `JSON.stringify` writes a tool's arguments or result. */
function isJsonLine(text: string): boolean {
  // `trim` cuts a slice, not a copy: only the blanks at the ends are read.
  const json = text.trim();
  const open = json.charCodeAt(0);
  const close = json.charCodeAt(json.length - 1);
  return ((open === 123 && close === 125) || (open === 91 && close === 93)) && text.indexOf('\n') < 0;
}

/**
 * Findings in a line of JSON that holds escapes, in its offsets, or undefined when `text` is no such line
 * (`isJsonLine`). Such a line is what a coding agent sends most: a file in a tool call's arguments, a command's
 * output in a tool result. It is scanned decoded only, not also as written: its view holds all of it, every
 * string value that holds a file starting a paragraph of its own (`StringLineStarts`), so a value keeps the key
 * or header that names it, and a token after `\n` is a token; a value one word long before its line break is
 * closed there (`"password":"…\n"`), so it stays the quoted value under its key. `detectDecoded` finds what the
 * decoded line holds, itself decoded further when it is again such a line (a tool call's arguments inside a
 * request).
 *
 * Scanned as written too, such a line gave nothing more on this repository's corpus wrapped as tool calls, only
 * false findings the file itself does not give (a `$VARIABLE` read as a password behind escaped quotes), for a
 * third more time.
 */
export function detectInJsonLine(text: string, firstBackslash: number, detectDecoded: (text: string) => Finding[]): Finding[] | undefined {
  if (firstBackslash < 0 || !isJsonLine(text)) return undefined;
  const line = encodedLinesView(text, firstBackslash, NO_SPECIALS);
  if (line === undefined) return undefined;
  const found = findingsInOriginal(line, detectDecoded(line.text));
  const findings = mergeFindings(offEscapedQuotes(trimToUnits(found, line), text));
  line.release();
  return findings;
}

/** Spans of a level's own text in the original's offsets (`below` maps that text back), in order. */
function inOriginal(spans: readonly Span[], below: TextView | undefined): readonly Span[] {
  if (below === undefined) return spans;
  const mapped: Span[] = [];
  for (const span of spans) {
    const original = below.toOriginal(span.start, span.end);
    if (original !== undefined) mapped.push(original);
  }
  return mapped;
}

/** Two ascending span lists as one. */
function mergeSpans(a: readonly Span[], b: readonly Span[]): readonly Span[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const merged: Span[] = [];
  let i = 0;
  let k = 0;
  while (i < a.length || k < b.length) merged.push(k >= b.length || (i < a.length && a[i]!.start <= b[k]!.start) ? a[i++]! : b[k++]!);
  return merged;
}

/** The first of ascending `spans` that starts at or after `at`. */
function firstFrom(spans: readonly Span[], at: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.start < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Findings end before the first escaped line break or tab inside them: no secret holds one, so a value read on
 * past `\n` (`password=abc\nNEXT=1` in a JSON string, a key format that allows any character) would take the
 * next line with it, and redacting it would cut that line out. The decoded view finds the value itself. A
 * finding that starts with such an escape starts after it.
 */
function cutAtBreaks(findings: Finding[], breaks: readonly Span[]): Finding[] {
  if (breaks.length === 0) return findings;
  const kept: Finding[] = [];
  for (const finding of findings) {
    let start = finding.start;
    let next = firstFrom(breaks, start);
    // Breaks at its start (and any overlapping them) move the start past them.
    while (next < breaks.length && breaks[next]!.start <= start) start = Math.max(start, breaks[next++]!.end);
    const end = next < breaks.length && breaks[next]!.start < finding.end ? breaks[next]!.start : finding.end;
    if (start >= end) continue;
    kept.push(start === finding.start && end === finding.end ? finding : { ...finding, start, end });
  }
  return kept;
}

/**
 * Findings without the escaped quotes around them: a rule reading a line where quotes are still escaped takes
 * `\"value\"` whole (the backslash is no quote to it), where the decoded view of the same line finds `value`.
 * No secret starts or ends with a quote, so `\"`, `\\\"`… at either end is moved past; what is left empty goes.
 */
export function offEscapedQuotes(findings: Finding[], text: string): Finding[] {
  const kept: Finding[] = [];
  for (const finding of findings) {
    let start = finding.start;
    let end = finding.end;
    for (let after = escapedQuoteFrom(text, start, end); after > 0; after = escapedQuoteFrom(text, start, end)) start = after;
    for (let before = escapedQuoteBefore(text, start, end); before >= 0; before = escapedQuoteBefore(text, start, end)) end = before;
    if (start >= end) continue;
    kept.push(start === finding.start && end === finding.end ? finding : { ...finding, start, end });
  }
  return kept;
}

/** Where the backslashes and quote starting at `at` end, when that is what starts there within `end`; else -1. */
function escapedQuoteFrom(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && text.charCodeAt(i) === 92) i++;
  return i > at && i < end && text.charCodeAt(i) === 34 ? i + 1 : -1;
}

/** Where the backslashes before a quote ending at `end` start, when that is what ends there after `start`; else -1. */
function escapedQuoteBefore(text: string, start: number, end: number): number {
  if (end - start < 2 || text.charCodeAt(end - 1) !== 34) return -1;
  let i = end - 1;
  while (i > start && text.charCodeAt(i - 1) === 92) i--;
  return i < end - 1 ? i : -1;
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
