import { CHAR_CLASS, CharClass } from './charset';

/** A run of token characters: the unit most secrets are. */
export interface Token {
  start: number;
  end: number;
  /** OR of the `CharClass` bits of its characters. */
  mask: number;
  /** Offset of the first character of the line the token is on. */
  lineStart: number;
}

const EQUALS = 61;
const NEWLINE = 10;

/**
 * Splits `text` into tokens of at least `minLength` characters and calls `onToken` for each, in order.
 * `=` belongs to a token only as trailing padding (`abc==`), so `KEY=ghp_...` yields `KEY` and `ghp_...`.
 * One pass, no allocation per character: this loop is the hot path of detection.
 */
export function scanTokens(text: string, minLength: number, onToken: (token: Token) => void): void {
  const n = text.length;
  const token: Token = { start: -1, end: -1, mask: 0, lineStart: 0 };
  let start = -1;
  let mask = 0;
  let lineStart = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let cls = c < 128 ? CHAR_CLASS[c]! : 0;
    if (cls === CharClass.equals && i + 1 < n) {
      // `=` followed by another token character is an assignment, not padding.
      const next = text.charCodeAt(i + 1);
      if (next < 128 && CHAR_CLASS[next]! !== 0 && next !== EQUALS) cls = 0;
    }
    if (cls !== 0) {
      if (start < 0) {
        start = i;
        mask = 0;
      }
      mask |= cls;
      continue;
    }
    if (start >= 0) {
      if (i - start >= minLength) {
        token.start = start;
        token.end = i;
        token.mask = mask;
        token.lineStart = lineStart;
        onToken(token);
      }
      start = -1;
    }
    if (c === NEWLINE) lineStart = i + 1;
  }
  if (start >= 0 && n - start >= minLength) {
    token.start = start;
    token.end = n;
    token.mask = mask;
    token.lineStart = lineStart;
    onToken(token);
  }
}
