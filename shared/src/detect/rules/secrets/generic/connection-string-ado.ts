import { anchoredScannerRule } from '../../../define';
import { isNameChar } from './key-name';
import { keyNameAt } from './password-keywords';
import { isPlainPassword, PLAIN_PASSWORD_CONFIDENCE } from './plain-password';
import { isCrediblePassword } from './values';
import { keepShapeOf } from '../../../keep-shape';

/** The ADO.NET / ODBC keys that show `Password=` is part of a connection string. */
const KEYS = 'server|data source|host|address|addr|network address|uid|user id|user|username|initial catalog|database|driver|dsn|provider';
/**
 * Another such key after a separator or a line terminator, so `Password=` is part of a connection string. A line
 * start is matched as the terminator before it rather than with the `m` flag's `^`, and the text's start on its
 * own (`FIRST_KEY`): a leading `^|` alternative is tried at every position and made the search over the whole
 * text twice as slow. `find` moves a match's start past the terminator.
 */
const OTHER_KEY = new RegExp(`[;"'\\n\\r\\u2028\\u2029][ \\t]*(?:${KEYS})[ \\t]*=`, 'gi');
const FIRST_KEY = new RegExp(`[ \\t]*(?:${KEYS})[ \\t]*=`, 'iy');

function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/**
 * Where the other keys are in the whole text, found in one pass the first time a password needs them, so
 * each password looks them up instead of searching its 600-character neighbourhood again.
 */
class OtherKeys {
  private starts: number[] | undefined;
  private ends: number[] = [];
  /** First key not wholly before the last neighbourhood asked about; neighbourhoods only move forward. */
  private next = 0;

  constructor(private readonly text: string) {}

  /** A whole key match lies in `[from, to)`. */
  within(from: number, to: number): boolean {
    const starts = (this.starts ??= this.find());
    while (this.next < starts.length && starts[this.next]! < from) this.next++;
    return this.next < starts.length && this.ends[this.next]! <= to;
  }

  private find(): number[] {
    const starts: number[] = [];
    FIRST_KEY.lastIndex = 0;
    const first = FIRST_KEY.exec(this.text);
    if (first !== null) {
      starts.push(0);
      this.ends.push(first[0].length);
    }
    OTHER_KEY.lastIndex = first === null ? 0 : first[0].length;
    for (let match = OTHER_KEY.exec(this.text); match !== null; match = OTHER_KEY.exec(this.text)) {
      starts.push(isLineTerminator(match[0].charCodeAt(0)) ? match.index + 1 : match.index);
      this.ends.push(match.index + match[0].length);
    }
    return starts;
  }
}

/** Keeps the shape of the objects every call makes (see keep-shape.ts). */
keepShapeOf(new OtherKeys(''));

/** Longest password value looked at. */
const MAX_VALUE = 200;
/** How far either side of the password another connection-string key may sit. */
const SEGMENT_REACH = 300;

/** `;`, quotes, CR, LF: what ends an unbraced value. */
function endsValue(c: number): boolean {
  return c === 59 || c === 34 || c === 39 || c === 13 || c === 10;
}

/**
 * Finds the `}` closing a braced value (`Pwd={…}`) at most a password's length on, remembering how far it
 * has looked: a line of unclosed `Pwd={` is then read once, not once per brace.
 */
class ClosingBraces {
  /** No `}` in `[from, to)`. */
  private from = -1;
  private to = -1;

  constructor(private readonly text: string) {}

  /** Offset of the `}` for a value starting at `start`, or -1. */
  closeOf(start: number): number {
    const stop = Math.min(this.text.length, start + MAX_VALUE + 1);
    let i = start;
    if (start >= this.from && start <= this.to) i = this.to;
    else this.from = start;
    for (; i < stop; i++) {
      if (this.text.charCodeAt(i) === 125) {
        this.to = i;
        return i;
      }
    }
    this.to = Math.max(this.to, stop);
    return -1;
  }
}

/** Keeps the shape of the objects every call makes (see keep-shape.ts). */
keepShapeOf(new ClosingBraces(''));

/** Start of the line holding `at`, or `at - reach` when the line starts further back. */
function lineStartWithin(text: string, at: number, reach: number): number {
  const stop = Math.max(0, at - reach);
  for (let i = at; i > stop; i--) if (text.charCodeAt(i - 1) === 10) return i;
  return stop;
}

/**
 * ADO.NET / ODBC connection strings: `Server=db;Database=app;User Id=app;Password=...;` and
 * `Driver={...};Uid=app;Pwd={...};`. The finding is the password value only.
 */
export const connectionStringAdo = anchoredScannerRule({
  id: 'connection-string-ado',
  anchors: ['pass', 'pwd'],
  title: 'ADO.NET / ODBC connection string password',
  severity: 'high',
  confidence: 0.75,
  // `Password=` is a password assignment too, and this finding outranks that rule's on the same span.
  claimsSpans: true,
  *scan(text, anchorStarts) {
    const otherKeys = new OtherKeys(text);
    const braces = new ClosingBraces(text);
    for (let nth = 0; nth < anchorStarts.length; nth++) {
      const hit = anchorStarts[nth]!;
      // The key must start at the hit: a name character before it (`db_password`, `--pwd`) rules it out before
      // the name is read.
      if (hit > 0 && isNameChar(text.charCodeAt(hit - 1))) continue;
      // A key of the string starts it, or follows a `;` (blanks between): looked at before the word is read, as
      // most password words in a text stand in sentences or code.
      let i = hit - 1;
      while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
      if (i >= 0 && text[i] !== ';' && text[i] !== '"' && text[i] !== "'" && text[i] !== '\n') continue;
      const key = keyNameAt(text, hit);
      if (key === undefined || key.start !== hit || (key.core !== 'password' && key.core !== 'pwd')) continue;
      let at = key.end;
      while (text[at] === ' ' || text[at] === '\t') at++;
      if (text[at] !== '=') continue;
      at++;
      while (text[at] === ' ' || text[at] === '\t') at++;
      let start = at;
      let end: number;
      if (text[at] === '{') {
        start = at + 1;
        end = braces.closeOf(start);
        if (end < 0) continue;
      } else {
        end = at;
        while (end < text.length && end - at < MAX_VALUE && !endsValue(text.charCodeAt(end))) end++;
        while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
      }
      const to = Math.min(text.length, end + SEGMENT_REACH);
      // Other keys anywhere in reach first, not yet bounded by the line: after one pass over the text each lookup
      // is a step forward, while judging the value cuts and reads it and finding the line start walks back, and a
      // line dense with `Pwd=` and no connection string has many values.
      if (!otherKeys.within(Math.max(0, hit - SEGMENT_REACH), to)) continue;
      // A connection string's `Password=` says what the value is: a plain one counts (`Password=lanternfish;`).
      const password = text.slice(start, end);
      const looksLikeOne = isCrediblePassword(password, 4);
      if (!looksLikeOne && !isPlainPassword(password)) continue;
      if (!otherKeys.within(lineStartWithin(text, hit, SEGMENT_REACH), to)) continue;
      yield looksLikeOne ? { start, end } : { start, end, confidence: PLAIN_PASSWORD_CONFIDENCE };
    }
  },
});
