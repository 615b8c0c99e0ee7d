import { ORDINARY, unitClass } from './characters';
import { type PieceView, ViewBuilder } from './text-view';
import { FOLD, JSON_ESCAPES, type Unit, unitAt } from './units';

const NON_ASCII = /[^\0-\x7f]/;

/** `\"` at `at`. */
export function isEscapedQuote(text: string, at: number): boolean {
  return text.charCodeAt(at) === 92 && text.charCodeAt(at + 1) === 34;
}

/**
 * Writes `text` from `copied` up to each escaped quote in `[from, to)` and the quote decoded, and returns where
 * the written part ends (after the last quote; `copied` when there is none). The caller writes the rest.
 */
export function writeQuotesDecoded(text: string, copied: number, from: number, to: number, builder: ViewBuilder): number {
  for (let at = text.indexOf('\\', from); at >= 0 && at < to; at = text.indexOf('\\', at + 1)) {
    if (!isEscapedQuote(text, at)) continue;
    builder.copy(text, copied, at);
    builder.replace(at, at + 2, '"');
    copied = at + 2;
    at++;
  }
  return copied;
}

/**
 * Whether `[lineStart, lineEnd)` holds a unit a view would decode other than `\"`: another JSON escape, or a
 * character that folds. Backslashes are found natively; other characters are looked at one by one only on a
 * line that has a non-ASCII one.
 */
function holdsOtherUnit(text: string, lineStart: number, lineEnd: number, firstBackslash: number, unit: Unit): boolean {
  for (let at = firstBackslash; at >= 0 && at < lineEnd; at = text.indexOf('\\', at + 1)) {
    if (isEscapedQuote(text, at)) at++;
    else if (unitAt(text, at, JSON_ESCAPES, unit)) return true;
  }
  if (!NON_ASCII.test(text.slice(lineStart, lineEnd))) return false;
  for (let at = lineStart; at < lineEnd; at++) {
    const c = text.charCodeAt(at);
    if (c >= 0x80 && unitClass(c) !== ORDINARY && unitAt(text, at, FOLD, unit)) return true;
  }
  return false;
}

/**
 * `text` with `\"` decoded on each line whose only decodable units are escaped quotes (a line of JSON, or of
 * code with quotes, inside a JSON string), or undefined when there is no such line.
 *
 * Such a line is scanned in this form instead of twice (as written and decoded): decoding a quote changes no
 * token (neither `\` nor `"` is a token character), and a rule that reads quotes then sees the quotes the
 * writer meant. Lines with any other escape or a character that folds keep both scans (see
 * `encodedLinesView`, which leaves these lines out). Each character is read a bounded number of times.
 */
export function quoteOnlyLinesDecoded(text: string, firstBackslash: number): PieceView | undefined {
  const builder = new ViewBuilder();
  const unit: Unit = { length: 0, text: '' };
  let copied = 0;
  let decodedAny = false;
  for (let backslash = firstBackslash; backslash >= 0;) {
    const lineStart = text.lastIndexOf('\n', backslash) + 1;
    const feed = text.indexOf('\n', backslash);
    const lineEnd = feed < 0 ? text.length : feed;
    if (!holdsOtherUnit(text, lineStart, lineEnd, backslash, unit)) {
      const decodedTo = writeQuotesDecoded(text, copied, backslash, lineEnd, builder);
      decodedAny ||= decodedTo !== copied;
      copied = decodedTo;
    }
    backslash = feed < 0 ? -1 : text.indexOf('\\', feed);
  }
  if (!decodedAny) {
    builder.discard();
    return undefined;
  }
  builder.copy(text, copied, text.length);
  return builder.build();
}
