import { anchoredScannerRule } from '../../../define';
import { keyNameAt } from './password-keywords';
import { isCrediblePassword, looksLikeWords } from './values';

const OPERATOR = /(?::=|=>|->|\?\?=|\|\|=|\?=|=(?!=)|:(?!:))/y;

/** Past spaces and tabs from `at`. */
function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

/**
 * Longest value looked at: `isCrediblePassword` refuses anything longer, so no scan from a keyword hit needs
 * to go further. Every walk below stops there or at the line end, whichever comes first, which keeps the rule
 * linear on a line of `password=password=…`.
 */
const MAX_VALUE = 200;
const NEWLINE = 10;

/** `\s` of a regex, without running one per character. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c >= 160 && /\s/.test(String.fromCharCode(c));
}

/** The value of a quoted string starting at `at` (on the quote), on one line; undefined if unterminated. */
function quoted(text: string, at: number): { start: number; end: number } | undefined {
  let quote = text[at]!;
  let start = at + 1;
  // JSON inside a string: `\"password\": \"...\"`.
  if (quote === '\\') {
    quote = text[at + 1]!;
    start = at + 2;
  }
  const stop = Math.min(text.length, start + 300);
  for (let i = start; i < stop; i++) {
    const c = text[i];
    if (c === '\n') return undefined;
    if (c === '\\') {
      if (text[i + 1] === quote) return { start, end: i };
      if (text[i + 1] === '\n') return undefined;
      i++;
      continue;
    }
    if (c === quote) return { start, end: i };
  }
  return undefined;
}

/**
 * Finds the `</` that closes an element (`<password>…</password>`), on the same line and within a password's
 * length, remembering how far it has looked: a line of unclosed `<password>` is read once, not once per tag.
 */
class ClosingTags {
  /** No `</` starts in `[from, to)`, and no line ends there. */
  private from = -1;
  private to = -1;

  constructor(private readonly text: string) {}

  /** Offset of the `</` for element text starting at `start`; undefined past the line or a password's length. */
  closeOf(start: number): number | undefined {
    const text = this.text;
    const stop = Math.min(text.length - 1, start + MAX_VALUE + 1);
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

/**
 * Where unquoted values end (whitespace or `;`), remembering how far the last look went: hits inside one
 * long run (`password=password=…`) continue from there instead of reading the same characters again.
 */
class UnquotedValues {
  /** Characters in `[from, to)` are all value characters; `to` ends the run when `ended`. */
  private from = -1;
  private to = -1;
  private ended = false;

  constructor(private readonly text: string) {}

  /** End of the value starting at `at`; undefined when it runs past a password's length. */
  endOf(at: number): number | undefined {
    const text = this.text;
    const n = text.length;
    let end = at;
    if (at >= this.from && at <= this.to) {
      if (this.ended) return this.to - at > MAX_VALUE ? undefined : this.to;
      end = this.to;
    } else {
      this.from = at;
    }
    let ended = false;
    while (end < n && end - at <= MAX_VALUE) {
      const c = text.charCodeAt(end);
      if (c === NEWLINE || c === 59 || isSpace(c)) {
        ended = true;
        break;
      }
      end++;
    }
    this.to = end;
    this.ended = ended || end === n;
    return end - at > MAX_VALUE ? undefined : end;
  }
}

/** What follows an unquoted value on its line, trimmed, is nothing, exactly `;`, or a comment. */
function onlyCommentFollows(text: string, end: number): boolean {
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

/**
 * A password keyword assigned a literal value, in any of the ways code and config spell it:
 * `password = "S3cure!Pass#2024"`, `"db_password": "..."`, `DB_PASSWORD=...` (.env), `password: ...` (YAML),
 * `$pass = '...'`, `pwd := "..."`, `:password => '...'`, `<password>...</password>`, `--password ...`.
 * Values of any characters are found (tokens cannot hold `!`, `#`, `@`...), but must look like a password:
 * 8+ characters, 2+ character classes, not a placeholder, reference, dummy or identifier.
 */
export const genericPasswordAssignment = anchoredScannerRule({
  id: 'generic-password-assignment',
  anchors: ['pass', 'pwd'],
  title: 'Password assigned in code or configuration',
  severity: 'high',
  confidence: 0.7,
  *scan(text, anchorStarts) {
    let lastEnd = -1;
    let checkedEnd = -1;
    const values = new UnquotedValues(text);
    const tags = new ClosingTags(text);
    let commentFollows = false;
    for (const hit of anchorStarts) {
      if (hit < lastEnd) continue;
      const key = keyNameAt(text, hit);
      if (key === undefined) continue;
      const before = key.start > 0 ? text[key.start - 1] : '';
      let at = key.end;
      let value: { start: number; end: number } | undefined;
      let unquoted = false;
      if (before === '<' && text[at] === '>') {
        // XML element.
        const close = tags.closeOf(at + 1);
        if (close === undefined) continue;
        value = { start: at + 1, end: close };
      } else {
        if (text[at] === '\\' && (text[at + 1] === '"' || text[at + 1] === "'")) at += 2;
        else if (text[at] === '"' || text[at] === "'") at++;
        if (text[at] === ']') at++;
        const afterKey = at;
        at = skipSpaces(text, at);
        OPERATOR.lastIndex = at;
        const op = OPERATOR.exec(text);
        if (op !== null) {
          at = skipSpaces(text, OPERATOR.lastIndex);
        } else if (!(text.startsWith('-', key.start) && at > afterKey)) {
          continue; // no assignment (a CLI flag may be followed by just a space)
        }
        const c = text[at];
        if (c === '"' || c === "'" || c === '`' || (c === '\\' && (text[at + 1] === '"' || text[at + 1] === "'"))) {
          value = quoted(text, at);
        } else if (op === null || op[0] === '=' || op[0] === ':') {
          // Unquoted (.env, YAML, properties, CLI): the value must end the line, bar a comment.
          unquoted = true;
          const end = values.endOf(at);
          if (end === undefined) continue;
          // Hits inside one long value (`pwd=pwd=pwd=… `) share its end: look at what follows it only once.
          if (end !== checkedEnd) {
            checkedEnd = end;
            commentFollows = onlyCommentFollows(text, end);
          }
          if (!commentFollows) continue;
          value = { start: at, end };
        }
      }
      if (value === undefined || value.end <= value.start) continue;
      const v = text.slice(value.start, value.end);
      if (!isCrediblePassword(v)) continue;
      if (unquoted && (/[()[\]{}]/.test(v) || looksLikeWords(v))) continue;
      lastEnd = value.end;
      yield value;
    }
  },
});
