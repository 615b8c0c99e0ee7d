/**
 * Finding where a value ends, for rules that start from many keyword hits on one line. Each reader remembers
 * how far it last looked, so hits inside one long run (`password=password=…`, a line of unclosed quotes or
 * tags) continue from there instead of reading the same characters again: the work stays linear in the text.
 */

const NEWLINE = 10;

/** `\s` of a regex, without running one per character. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c >= 160 && /\s/.test(String.fromCharCode(c));
}

/** Past spaces and tabs from `at`. */
export function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

/**
 * Runs of value characters: where the run starting at a position ends (`ends` says which characters end
 * it), or undefined past `max` characters.
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
      if (this.ends(text.charCodeAt(end))) {
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

const BACKSLASH = 92;

/**
 * Quoted strings on one line: the value between a quote and its closing quote (`\"…\"` inside JSON-escaped
 * text too). Per kind of quote it remembers a stretch with no quote, backslash or line feed in it, so the
 * many hits of a dense line (`"password": "…", "pwd": "…"`) each jump over what an earlier one read.
 */
export class QuotedValues {
  /** Per quote (`"` or `\"`...): no character that stops a value in `[from, to)`. */
  private readonly clear = new Map<string, { from: number; to: number }>();

  constructor(
    private readonly text: string,
    private readonly max: number,
  ) {}

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
    const key = escaped ? '\\' + text[at + 1] : text[at]!;
    let clear = this.clear.get(key);
    if (clear === undefined) {
      clear = { from: -1, to: -1 };
      this.clear.set(key, clear);
    }
    let i = start;
    let stretch = start;
    if (start >= clear.from && start < clear.to) {
      stretch = clear.from;
      i = clear.to;
    }
    const stop = Math.min(text.length, start + this.max);
    for (; i < stop; i++) {
      const c = text.charCodeAt(i);
      if (c !== NEWLINE && c !== BACKSLASH && (c !== quote || escaped)) continue;
      clear.from = stretch;
      clear.to = i;
      if (c === NEWLINE) return undefined;
      if (c === BACKSLASH) {
        const next = text.charCodeAt(i + 1);
        if (next === quote) return { start, end: i };
        if (next === NEWLINE) return undefined;
        i++;
        stretch = i + 1;
        continue;
      }
      return { start, end: i };
    }
    clear.from = stretch;
    clear.to = i;
    return undefined;
  }
}

/**
 * Finds the `</` that closes an element (`<password>…</password>`), on the same line and within `max`
 * characters, remembering how far it has looked.
 */
export class ClosingTags {
  /** No `</` starts in `[from, to)`, and no line ends there. */
  private from = -1;
  private to = -1;

  constructor(
    private readonly text: string,
    private readonly max: number,
  ) {}

  closeOf(start: number): number | undefined {
    const text = this.text;
    const stop = Math.min(text.length - 1, start + this.max + 1);
    let i = start;
    if (start >= this.from && start <= this.to) i = this.to;
    else this.from = start;
    for (; i < stop; i++) {
      const c = text.charCodeAt(i);
      if (c === NEWLINE || (c === 60 && text.charCodeAt(i + 1) === 47)) break;
    }
    this.to = i;
    if (i >= stop || text.charCodeAt(i) === NEWLINE) return undefined;
    return i;
  }
}

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
