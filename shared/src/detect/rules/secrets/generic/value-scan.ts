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

/**
 * Quoted strings on one line: the value between a quote and its closing quote (`\"…\"` inside JSON-escaped
 * text too), remembering the stretch after an unclosed quote that holds no closing one.
 */
export class QuotedValues {
  /** Per quote character: no closing quote in `[from, to)`. */
  private readonly open = new Map<string, { from: number; to: number }>();

  constructor(
    private readonly text: string,
    private readonly max: number,
  ) {}

  /** The value of the string whose quote is at `at`; undefined when it does not close on its line. */
  valueAt(at: number): { start: number; end: number } | undefined {
    const text = this.text;
    let quote = text[at]!;
    let start = at + 1;
    const escaped = quote === '\\';
    if (escaped) {
      quote = text[at + 1]!;
      start = at + 2;
    }
    const key = escaped ? '\\' + quote : quote;
    const known = this.open.get(key);
    let i = start;
    if (known !== undefined && start >= known.from && start <= known.to) i = known.to;
    const stop = Math.min(text.length, start + this.max);
    for (; i < stop; i++) {
      const c = text[i];
      if (c === '\n') break;
      if (c === '\\') {
        if (text[i + 1] === quote) return { start, end: i };
        if (text[i + 1] === '\n') break;
        i++;
        continue;
      }
      if (c === quote && !escaped) return { start, end: i };
    }
    this.open.set(key, { from: known !== undefined && start >= known.from && start <= known.to ? known.from : start, to: i });
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
