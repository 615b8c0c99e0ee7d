import { ORDINARY, unitClass } from './characters';
import { isEscapedQuote, writeQuotesDecoded } from './quote-lines';
import { type PieceView, ViewBuilder } from './text-view';
import { FOLD, JSON_ESCAPES, type Unit, unitAt } from './units';
import { keepShapeOf } from '../keep-shape';
import { StringLineStarts } from './string-line-starts';

const CANDIDATE = /[\\\u0080-\uffff]/g;

/** The next backslash or non-ASCII character at or after `from`, or -1. */
function nextCandidate(text: string, from: number): number {
  CANDIDATE.lastIndex = from;
  const match = CANDIDATE.exec(text);
  return match === null ? -1 : match.index;
}

/**
 * The next candidate after one that stays as it is: past a run of ordinary non-ASCII characters by hand
 * (a regex call per character of CJK or Cyrillic text would cost more than the scan itself).
 */
function candidateAfter(text: string, at: number): number {
  let i = at + 1;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || unitClass(c) !== ORDINARY) break;
  }
  return i < text.length && text.charCodeAt(i) >= 0x80 ? i : nextCandidate(text, i);
}

/**
 * Where a line view looks: every backslash, found as it goes, and the non-ASCII positions the token scanner
 * recorded, merged in ascending order.
 */
class Candidates {
  #backslash: number;
  #special = 0;

  constructor(
    private readonly text: string,
    private readonly specials: ArrayLike<number>,
    firstBackslash: number,
  ) {
    this.#backslash = firstBackslash;
  }

  /** The first candidate at or after `from`, or -1. */
  at(from: number): number {
    if (this.#backslash >= 0 && this.#backslash < from) this.#backslash = nextBackslash(this.text, from);
    const specials = this.specials;
    while (this.#special < specials.length && specials[this.#special]! < from) this.#special++;
    const special = this.#special < specials.length ? specials[this.#special]! : -1;
    if (this.#backslash < 0 || special < 0) return Math.max(this.#backslash, special);
    return Math.min(this.#backslash, special);
  }
}

/** Keeps the shape of the objects every call makes (see keep-shape.ts). */
keepShapeOf(new Candidates('', [], -1));

/** How far ahead a backslash is looked for by hand before a native search is worth its call. */
const NEAR = 8;

/**
 * The next backslash at or after `from`, or -1. Escapes often come side by side or a few characters apart
 * (`\\\\n`, `\n  \"`): the next few characters first, a search only past them.
 */
function nextBackslash(text: string, from: number): number {
  const near = Math.min(text.length, from + NEAR);
  for (let i = from; i < near; i++) if (text.charCodeAt(i) === 92) return i;
  return near < text.length ? text.indexOf('\\', near) : -1;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** `text` at `next` repeats the `length` characters at `at` (a unit never spans a line, so neither does this). */
function sameUnitAt(text: string, at: number, next: number, length: number): boolean {
  if (next + length > text.length) return false;
  // A two-character escape (`\\`, `\n`) is most runs: compared without a loop.
  if (length === 2) return text.charCodeAt(next) === text.charCodeAt(at) && text.charCodeAt(next + 1) === text.charCodeAt(at + 1);
  for (let k = 0; k < length; k++) if (text.charCodeAt(next + k) !== text.charCodeAt(at + k)) return false;
  return true;
}

/**
 * The lines of `text` that hold something to decode (a JSON string escape, an invisible character, a
 * compatibility form), decoded and folded, in order; lines next to each other stay joined by their line
 * feed, others are separated by a blank line that maps to nothing, and so is a string value that holds a file
 * from what comes before it (`StringLineStarts`). Undefined when no line has anything.
 * `firstBackslash` is `text.indexOf('\\')`; `wideSpecials` the ascending offsets of the non-ASCII code units
 * that may fold (the token scanner records them). Each character is read a bounded number of times.
 *
 * Whole lines, not just the decoded characters, so a value keeps the keyword before it on its line; only
 * such lines, so text that holds a few escapes is not scanned twice in full.
 */
export function encodedLinesView(
  text: string,
  firstBackslash: number,
  wideSpecials: ArrayLike<number>,
  /**
   * Whether an escaped quote alone makes a line part of the view. False where the caller scans such lines
   * with their quotes decoded already (see `quoteOnlyLinesDecoded`).
   */
  quotesOpenLines = true,
): PieceView | undefined {
  /** Where string values that hold a line break begin or, one word long, end: found as the lines open. */
  const strings = firstBackslash < 0 ? undefined : new StringLineStarts(text);
  const candidates = new Candidates(text, wideSpecials, firstBackslash);
  // A special character makes at most two pieces (its own and the run copied before it), but like ones side by
  // side share one: one each is foreseen, and the arrays grow in the rare text that needs more.
  const builder = new ViewBuilder(wideSpecials.length + 16);
  const unit: Unit = { length: 0, text: '' };
  /** End of the open run of lines (a line feed's offset or the text's end); -1 before the first. */
  let linesEnd = -1;
  /** How far the open run has been written to the view. */
  let copied = 0;
  for (let at = candidates.at(0); at >= 0;) {
    if (!unitAt(text, at, JSON_ESCAPES | FOLD, unit) || (!quotesOpenLines && at > linesEnd && isEscapedQuote(text, at))) {
      at = candidates.at(at + 1);
      continue;
    }
    if (at > linesEnd) {
      if (linesEnd >= 0) builder.copy(text, copied, linesEnd);
      // Stops at the open run's line feed at the latest: nothing is read twice.
      const lineStart = text.lastIndexOf('\n', at) + 1;
      builder.betweenLines(text, linesEnd, lineStart);
      const lineEnd = text.indexOf('\n', at);
      linesEnd = lineEnd < 0 ? text.length : lineEnd;
      strings?.collect(lineStart, linesEnd, builder);
      // Escaped quotes passed over before the unit that opened the line are decoded like the rest of it.
      copied = quotesOpenLines ? lineStart : writeQuotesDecoded(text, lineStart, lineStart, at, builder);
    }
    builder.copy(text, copied, at);
    copied = at + unit.length;
    if (unit.text.length === 1 && !isHighSurrogate(unit.text.charCodeAt(0))) {
      // The same unit repeated (`\\\\\\`, a row of fullwidth dashes) decodes the same each time: one call.
      // Not an escaped high surrogate, whose decoding depends on what follows it (a low one makes a pair).
      let count = 1;
      while (sameUnitAt(text, at, copied, unit.length)) {
        copied += unit.length;
        count++;
      }
      builder.repeat(at, unit.length, count, unit.text.charCodeAt(0));
    } else {
      builder.replace(at, copied, unit.text);
    }
    at = candidates.at(copied);
  }
  if (linesEnd < 0) {
    builder.discard();
    return undefined;
  }
  builder.copy(text, copied, linesEnd);
  return builder.build();
}

export interface DecodeOptions {
  /** Decode JSON string escapes (`\n`, `\"`, `\\`, `\u00e9`...). Default true. */
  json?: boolean;
  /** Drop invisible characters and fold compatibility forms (fullwidth and the like) to ASCII. Default true. */
  fold?: boolean;
  /** The part of `text` to decode, such as the inside of one JSON string literal; default all of it. */
  start?: number;
  end?: number;
}

/**
 * `text` (or its `[start, end)`) decoded into a view whose spans map back to `text`: for a JSON string's raw
 * content, a field of a request body, or any text that may hide a value behind invisible characters.
 */
export function decodedView(text: string, options: DecodeOptions = {}): PieceView {
  const start = options.start ?? 0;
  const end = options.end ?? text.length;
  if (start < 0 || end > text.length || start > end) throw new RangeError(`decodedView: [${start}, ${end}) is not inside a text of ${text.length} characters`);
  const modes = (options.json === false ? 0 : JSON_ESCAPES) | (options.fold === false ? 0 : FOLD);
  const builder = new ViewBuilder();
  const unit: Unit = { length: 0, text: '' };
  let copied = start;
  for (let at = nextCandidate(text, start); at >= 0 && at < end;) {
    // An escape cut off by `end` stays as it is: the caller chose that boundary.
    if (!unitAt(text, at, modes, unit) || at + unit.length > end) {
      at = candidateAfter(text, at);
      continue;
    }
    builder.copy(text, copied, at);
    builder.replace(at, at + unit.length, unit.text);
    copied = at + unit.length;
    at = nextCandidate(text, copied);
  }
  builder.copy(text, copied, end);
  return builder.build();
}
