import { CHAR_CLASS } from '../charset';
import { COMPAT_RANGES } from './compat-ranges';
import { INVISIBLE_RANGES, ORDINARY, unitClass } from './characters';
import { type PieceView, ViewBuilder } from './text-view';
import { FOLD, type Unit, unitAt } from './units';

/** A text with its invisible characters dropped and compatibility forms folded, and where that joined tokens. */
export interface FoldedText {
  /** The whole text folded: what a reader sees (`ｇｈｐ＿…` as `ghp_…`, a token with a zero-width space in it whole). */
  readonly view: PieceView;
  /**
   * The lines, as written, where folding put token characters side by side that the text keeps apart
   * (`ghp_…\u200bnext`, a fullwidth letter glued to a token), or undefined when no line does: there a secret may
   * end where the text has the invisible or fullwidth character, and only the text as written shows it.
   */
  readonly joinedLines: PieceView | undefined;
}

/**
 * A superset of the characters that fold, as a few ranges (the invisible and compatibility ones of the BMP
 * with the gaps between them under `RANGE_GAP`, and high surrogates, as the code point after one may fold):
 * a native search skips the rest, such as the curly quotes and accents of European prose, without a call per
 * character, and a class of a few ranges is searched several times as fast as one of each range. What it
 * finds is then judged one character at a time (`unitAt`).
 */
const RANGE_GAP = 1024;
const MAY_FOLD = foldCandidates();

function foldCandidates(): RegExp {
  const ranges: Array<[number, number]> = [[0xd800, 0xdbff]];
  for (const list of [INVISIBLE_RANGES, COMPAT_RANGES]) {
    for (let i = 0; i < list.length && list[i]! <= 0xffff; i += 2) ranges.push([list[i]!, Math.min(list[i + 1]!, 0xffff)]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [first, last] of ranges) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && first - previous[1] <= RANGE_GAP) previous[1] = Math.max(previous[1], last);
    else merged.push([first, last]);
  }
  const hex = (unit: number) => '\\u' + unit.toString(16).padStart(4, '0');
  return new RegExp(`[${merged.map(([first, last]) => `${hex(first)}-${hex(last)}`).join('')}]`, 'g');
}

/** How far ahead a character that may fold is looked for by hand before a native search is worth its call. */
const NEAR = 8;

/**
 * The next character that may fold at or after `from`, or -1. Where there is one there are often more a few
 * characters apart (a zero-width space between letters, fullwidth punctuation in CJK prose): the next few
 * characters first, a search only past them.
 */
function nextMayFold(text: string, from: number): number {
  const near = Math.min(text.length, from + NEAR);
  for (let i = from; i < near; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && unitClass(c) !== ORDINARY) return i;
  }
  if (near >= text.length) return -1;
  MAY_FOLD.lastIndex = near;
  const match = MAY_FOLD.exec(text);
  return match === null ? -1 : match.index;
}

/** A character the token scanner keeps inside a token (NaN, before the text's start or past its end, is none). */
function isTokenChar(c: number): boolean {
  return c < 128 && CHAR_CLASS[c] !== 0;
}

/**
 * Whether folding the unit at `at` puts a token character beside one of the text's: the text as written
 * ends a token there (every non-ASCII character does), the folded one may not. An invisible character is
 * judged by its neighbours: a token character before it and one after, or another character that folds.
 */
function joinsTokens(text: string, at: number, unit: Unit): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at + unit.length);
  const form = unit.text;
  if (form.length === 0) return isTokenChar(before) && (isTokenChar(after) || (after >= 0x80 && unitClass(after) !== ORDINARY));
  return (isTokenChar(before) && isTokenChar(form.charCodeAt(0))) || (isTokenChar(after) && isTokenChar(form.charCodeAt(form.length - 1)));
}

/** Collects the lines where folding joined tokens, in order, as one view: lines side by side stay joined. */
class JoinedLines {
  #builder: ViewBuilder | undefined;
  /** End of the last line taken (its line feed's offset, or the text's end); -1 before the first. */
  #lastEnd = -1;
  /** How many characters of the text the lines taken hold. */
  length = 0;

  constructor(private readonly text: string) {}

  /** Takes the line holding `at`, unless it was taken already. */
  take(at: number): void {
    if (at < this.#lastEnd) return;
    const text = this.text;
    const start = text.lastIndexOf('\n', at) + 1;
    const feed = text.indexOf('\n', at);
    const end = feed < 0 ? text.length : feed;
    const builder = (this.#builder ??= new ViewBuilder());
    builder.betweenLines(text, this.#lastEnd, start);
    builder.copy(text, start, end);
    this.#lastEnd = end;
    this.length += end - start + 1;
  }

  build(): PieceView | undefined {
    return this.#builder?.build();
  }

  discard(): void {
    this.#builder?.discard();
  }
}

/**
 * The share of a text its lines holding a character to fold must reach for the text to be scanned folded in
 * its place. Below it, the text is scanned as written and those lines again folded (`encodedLinesView`): a few
 * emoji with a variation selector or an ellipsis in a long text cost less that way than a folded copy of all
 * of it. So does a text where folding joins tokens on half its lines or more, which would be scanned as
 * written there too. Either way every line that holds such a character is scanned folded.
 */
const FOLDED_SHARE = 1 / 4;

/**
 * `text` folded, when the lines holding a character to fold are `FOLDED_SHARE` of it or more; else undefined
 * (most text: one native search finds no character that may fold). Each character is read a bounded number of
 * times.
 *
 * Scanned in place of the text (not beside it), a text dense with fullwidth punctuation (Chinese and Japanese
 * prose) or invisible characters is scanned once rather than twice; the lines where folding joined tokens are
 * also scanned as written (`joinedLines`), so what the text as written gives there is not lost.
 */
export function foldedText(text: string): FoldedText | undefined {
  let at = nextMayFold(text, 0);
  if (at < 0) return undefined;
  const unit: Unit = { length: 0, text: '' };
  let builder: ViewBuilder | undefined;
  let joined: JoinedLines | undefined;
  let copied = 0;
  /** The length of the lines holding a unit to fold, and where the last of them ends. */
  let foldLines = 0;
  let lineEnd = -1;
  while (at >= 0) {
    if (!unitAt(text, at, FOLD, unit)) {
      at = nextMayFold(text, at + 1);
      continue;
    }
    if (at > lineEnd) {
      const feed = text.indexOf('\n', at);
      lineEnd = feed < 0 ? text.length : feed;
      foldLines += lineEnd - text.lastIndexOf('\n', at);
    }
    builder ??= new ViewBuilder();
    builder.copy(text, copied, at);
    builder.replace(at, at + unit.length, unit.text);
    if (joinsTokens(text, at, unit)) {
      joined ??= new JoinedLines(text);
      joined.take(at);
      // Half the text would be scanned twice all the same: as written, and those lines folded, costs less.
      if (joined.length * 2 > text.length) {
        builder.discard();
        joined.discard();
        return undefined;
      }
    }
    copied = at + unit.length;
    at = nextMayFold(text, copied);
  }
  if (builder === undefined) return undefined;
  if (foldLines < text.length * FOLDED_SHARE) {
    builder.discard();
    joined?.discard();
    return undefined;
  }
  builder.copy(text, copied, text.length);
  return { view: builder.build(), joinedLines: joined?.build() };
}
