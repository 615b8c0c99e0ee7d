import { keepShapeOf } from '../../../keep-shape';

/**
 * Finding where a value ends, for rules that start from many keyword hits on one line. Each reader remembers
 * how far it last looked, so hits inside one long run (`password=password=…`, a line of unclosed quotes or
 * tags) continue from there instead of reading the same characters again: the work stays linear in the text.
 */

const NEWLINE = 10;

/** A space or a tab: a blank within a line. */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** `\s` of a regex, without running one per character. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c >= 160 && /\s/.test(String.fromCharCode(c));
}

/** Longest value looked at on a line of its own, a block's next line, or back from a closing quote. */
export const MAX_VALUE = 256;

/**
 * What the quoted string that the quote at `close` closes holds, when it opens on the same line within MAX_VALUE
 * characters and holds something: read back from its end, for a value written before its name.
 */
export function quotedEndingAt(text: string, close: number): { start: number; end: number } | undefined {
  const quote = text[close];
  const stop = Math.max(0, close - MAX_VALUE - 1);
  let open = close - 1;
  while (open >= stop && text[open] !== quote && text[open] !== '\n') open--;
  if (open < stop || text[open] !== quote || open + 1 >= close) return undefined;
  return { start: open + 1, end: close };
}

/** Past spaces and tabs from `at`. */
export function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

/** How many closing brackets and separators may stand after the quote that closes a string (`"}`, `")];`). */
const MAX_CLOSERS = 8;

/** How far back on its line the quote that opens a string is looked for. */
const OPENING_REACH = 256;

/**
 * Where a bare value `[start, end)` ends when it is the last word of a quoted string: before the quote that
 * closes the string, with what closes around it after (`"mysql -pS3cret!x"`, `{"cmd": "… --password S3cret!x"}`,
 * a JSON-escaped `\"`). The string must open before `opensBefore` (where the name or command starts) on the
 * line: a quote the value itself holds (`` :meth:`peek` ``, `x||""`), or with anything after it, is the value's.
 * `end` itself otherwise.
 */
export function beforeClosingQuote(text: string, start: number, end: number, opensBefore: number): number {
  let i = end;
  while (i > start && end - i < MAX_CLOSERS && isCloser(text.charCodeAt(i - 1))) i--;
  if (i <= start) return end;
  const quote = text.charCodeAt(i - 1);
  // A value longer than the reach is left as it is: each check reads at most that far, however many names ask.
  if (!isQuoteCode(quote) || i - 1 - start > OPENING_REACH || holds(text, start, i - 1, quote) || !quoteOnLineBefore(text, opensBefore, quote)) return end;
  i--;
  if (i > start && text.charCodeAt(i - 1) === 92) i--;
  return i;
}

/** `[start, end)` holds `c`: then the quote after it closes a string of the value's own (`x||""`), code. */
function holds(text: string, start: number, end: number, c: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === c) return true;
  return false;
}

/** `quote` stands on the line before `at`, within `OPENING_REACH`. */
function quoteOnLineBefore(text: string, at: number, quote: number): boolean {
  const floor = Math.max(0, at - OPENING_REACH);
  for (let i = at - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === quote) return true;
    if (c === 10) return false;
  }
  return false;
}

function isCloser(c: number): boolean {
  return c === 41 || c === 93 || c === 125 || c === 44 || c === 59;
}

function isQuoteCode(c: number): boolean {
  return c === 34 || c === 39 || c === 96;
}

/** Where the blanks (spaces and tabs) just before `at` start: `at` itself when there are none. */
export function spacesBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  return i;
}

/**
 * Runs of value characters: where the run starting at a position ends (at whitespace, or a character `ends`
 * names), or undefined past `max` characters. `ends` should be a function that lives as long as the module: a
 * closure made per call is dead at the next major collection, and V8 throws away optimized code that inlined it.
 */
export class ValueRuns {
  /** Characters in `[from, to)` are all value characters; `to` ends the run when `ended`. */
  private from = -1;
  private to = -1;
  private ended = false;

  constructor(
    private readonly text: string,
    private readonly ends: (c: number) => boolean,
    private readonly max: number,
  ) {}

  endOf(at: number): number | undefined {
    const text = this.text;
    const n = text.length;
    let end = at;
    if (at >= this.from && at <= this.to) {
      if (this.ended) return this.to - at > this.max ? undefined : this.to;
      end = this.to;
    } else {
      this.from = at;
    }
    let ended = false;
    while (end < n && end - at <= this.max) {
      const c = text.charCodeAt(end);
      if (isSpace(c) || this.ends(c)) {
        ended = true;
        break;
      }
      end++;
    }
    this.to = end;
    this.ended = ended || end === n;
    return end - at > this.max ? undefined : end;
  }
}

/** Keeps the shape of the objects every call makes (see keep-shape.ts). */
keepShapeOf(new ValueRuns('', () => false, 0));

const BACKSLASH = 92;

/**
 * Where `needle` next occurs at or after a position (the text's length when it does not), remembering the last
 * answer: asked in ascending order, as rules ask, each character is searched once, and natively.
 */
export class NextOccurrence {
  /** No occurrence starts in `[from, found)`; `found` is one, or the text's length. */
  private from = 0;
  private found = -1;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  at(i: number): number {
    if (i >= this.from && i <= this.found) return this.found;
    const found = this.text.indexOf(this.needle, i);
    this.from = i;
    this.found = found < 0 ? this.text.length : found;
    return this.found;
  }
}

/** Keeps the shape of the objects every call makes (see keep-shape.ts). */
keepShapeOf(new NextOccurrence('', '\n'));

/**
 * Quoted strings on one line: the value between a quote and its closing quote (`\"…\"` inside JSON-escaped
 * text too). A backslash escapes the character after it, and a backslash before the quote closes the string as
 * well; a line feed ends it unclosed.
 */
export class QuotedValues {
  private readonly newlines: NextOccurrence;
  private readonly backslashes: NextOccurrence;
  /** Per quote character (`"`, `'`, `` ` ``), found lazily. */
  private readonly quotes = new Map<number, NextOccurrence>();

  constructor(
    private readonly text: string,
    private readonly max: number,
  ) {
    this.newlines = new NextOccurrence(text, '\n');
    this.backslashes = new NextOccurrence(text, '\\');
  }

  /** The value of the string whose quote is at `at`; undefined when it does not close on its line. */
  valueAt(at: number): { start: number; end: number } | undefined {
    const text = this.text;
    let quote = text.charCodeAt(at);
    let start = at + 1;
    const escaped = quote === BACKSLASH;
    if (escaped) {
      quote = text.charCodeAt(at + 1);
      start = at + 2;
    }
    let quotes: NextOccurrence | undefined;
    if (!escaped) {
      quotes = this.quotes.get(quote);
      if (quotes === undefined) {
        quotes = new NextOccurrence(text, String.fromCharCode(quote));
        this.quotes.set(quote, quotes);
      }
    }
    const stop = Math.min(text.length, start + this.max);
    for (let i = start; ;) {
      const newline = this.newlines.at(i);
      const backslash = this.backslashes.at(i);
      const closing = quotes === undefined ? text.length : quotes.at(i);
      const next = Math.min(newline, backslash, closing);
      if (next >= stop || next === newline) return undefined;
      if (next === closing) return { start, end: next };
      // A backslash: before the quote it closes the string, before a line feed the line ends, else it escapes.
      const after = text.charCodeAt(next + 1);
      if (after === quote) return { start, end: next };
      if (after === NEWLINE) return undefined;
      i = next + 2;
    }
  }
}

/** Keeps the shape of the objects every call makes (see keep-shape.ts). */
keepShapeOf(new QuotedValues('', 0));

/**
 * Finds the `</` that closes an element (`<password>…</password>`), on the same line and within `max`
 * characters.
 */
export class ClosingTags {
  private readonly newlines: NextOccurrence;
  private readonly closings: NextOccurrence;

  constructor(
    private readonly text: string,
    private readonly max: number,
  ) {
    this.newlines = new NextOccurrence(text, '\n');
    this.closings = new NextOccurrence(text, '</');
  }

  closeOf(start: number): number | undefined {
    const stop = Math.min(this.text.length - 1, start + this.max + 1);
    const newline = this.newlines.at(start);
    const closing = this.closings.at(start);
    return closing < stop && closing < newline ? closing : undefined;
  }
}

/** Keeps the shape of the objects every call makes (see keep-shape.ts). */
keepShapeOf(new ClosingTags('', 0));

/** What follows `end` on its line, trimmed, is nothing, exactly `;`, or a comment. */
export function onlyCommentFollows(text: string, end: number): boolean {
  const n = text.length;
  let i = end;
  while (i < n && text.charCodeAt(i) !== NEWLINE && isSpace(text.charCodeAt(i))) i++;
  if (i < n && text.charCodeAt(i) === 59) {
    i++;
    while (i < n && text.charCodeAt(i) !== NEWLINE && isSpace(text.charCodeAt(i))) i++;
    return i === n || text.charCodeAt(i) === NEWLINE;
  }
  if (i === n || text.charCodeAt(i) === NEWLINE) return true;
  return text.startsWith('#', i) || text.startsWith('//', i);
}

/** Past the blanks and line breaks from `at`, 64 at most: what stands between a call's arguments, often wrapped. */
export function skipArgumentSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && i - at < 64 && isSpace(text.charCodeAt(i))) i++;
  return i;
}
