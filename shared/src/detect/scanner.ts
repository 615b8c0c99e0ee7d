import { CHAR_CLASS, CharClass } from './charset';
import type { KeywordAutomaton } from './keywords';

/** A run of token characters: the unit most secrets are. The object is reused: copy what you keep. */
export interface Token {
  start: number;
  end: number;
  /** OR of the `CharClass` bits of its characters. */
  mask: number;
  /** Offset of the first character of the line the token is on. */
  lineStart: number;
}

/** Keyword matches on the current line, newest last, in a ring that keeps the most recent `RING` of them. */
export class KeywordHits {
  static readonly RING = 64;
  readonly ends = new Int32Array(KeywordHits.RING);
  readonly ids = new Uint32Array(KeywordHits.RING);
  count = 0;

  reset(): void {
    this.count = 0;
  }

  push(end: number, id: number): void {
    const slot = this.count % KeywordHits.RING;
    this.ends[slot] = end;
    this.ids[slot] = id;
    this.count++;
  }

  /** Calls `visit(id)` for each keyword that ended in `(from, to]`, newest first. */
  forEachEndingIn(from: number, to: number, visit: (id: number) => void): void {
    const oldest = Math.max(0, this.count - KeywordHits.RING);
    for (let n = this.count - 1; n >= oldest; n--) {
      const slot = n % KeywordHits.RING;
      const end = this.ends[slot]!;
      if (end <= from) return;
      if (end <= to) visit(this.ids[slot]!);
    }
  }

  any(from: number, to: number): boolean {
    const oldest = Math.max(0, this.count - KeywordHits.RING);
    for (let n = this.count - 1; n >= oldest; n--) {
      const end = this.ends[n % KeywordHits.RING]!;
      if (end <= from) return false;
      if (end <= to) return true;
    }
    return false;
  }
}

const EQUALS = 61;
const NEWLINE = 10;
const DOT = 46;

/**
 * Splits `text` into tokens of at least `minLength` characters and calls `onToken` for each, in order,
 * while running `automaton` over the same characters so `hits` holds the keywords seen so far on the line.
 * `=` belongs to a token only as trailing padding (`abc==`), so `KEY=ghp_...` yields `KEY` and `ghp_...`.
 * One pass, no allocation per character: this loop is the hot path of detection.
 */
export function scanTokens(
  text: string,
  minLength: number,
  automaton: KeywordAutomaton,
  hits: KeywordHits,
  onToken: (token: Token) => void,
  /** Set to 1 at the id of every keyword seen anywhere in the text. */
  seen?: Uint8Array,
): void {
  const { delta, outputStart, outputs } = automaton;
  const n = text.length;
  const token: Token = { start: -1, end: -1, mask: 0, lineStart: 0 };
  let start = -1;
  let mask = 0;
  let lineStart = 0;
  let state = 0;
  hits.reset();
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      state = delta[(state << 7) | (c >= 65 && c <= 90 ? c + 32 : c)]!;
      const first = outputStart[state]!;
      const last = outputStart[state + 1]!;
      for (let o = first; o < last; o++) {
        hits.push(i + 1, outputs[o]!);
        if (seen !== undefined) seen[outputs[o]!] = 1;
      }
    } else {
      state = 0;
    }

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
      // A sentence that ends on a token ("the key is abc123.") must not glue its full stop to it.
      let end = i;
      while (end > start && text.charCodeAt(end - 1) === DOT) end--;
      if (end - start >= minLength) {
        token.start = start;
        token.end = end;
        token.mask = mask;
        token.lineStart = lineStart;
        onToken(token);
      }
      start = -1;
    }
    if (c === NEWLINE) {
      lineStart = i + 1;
      hits.reset();
    }
  }
  let end = n;
  while (end > start && start >= 0 && text.charCodeAt(end - 1) === DOT) end--;
  if (start >= 0 && end - start >= minLength) {
    token.start = start;
    token.end = end;
    token.mask = mask;
    token.lineStart = lineStart;
    onToken(token);
  }
}
