import type { AnchorEnds } from './anchor-ends';
import type { OffsetBuffer } from './offset-buffer';
import { CHAR_CLASS } from './charset';
import { MAX_STATES, type KeywordAutomaton } from './keywords';
import { wideUnitClasses } from './view/characters';

/** A run of token characters: the unit most secrets are. The object is reused: copy what you keep. */
export interface Token {
  start: number;
  end: number;
  /** Offset of the first character of the line the token is on. */
  lineStart: number;
}

/**
 * Keyword matches on the current line, newest last, in a ring that keeps the most recent `RING` of them;
 * plus the previous line's, for values whose key sits on the line above (`- name: API_TOKEN` / `value: …`).
 */
export class KeywordHits {
  static readonly RING = 64;
  #ends = new Int32Array(KeywordHits.RING);
  #ids = new Uint32Array(KeywordHits.RING);
  #count = 0;
  #prevEnds = new Int32Array(KeywordHits.RING);
  #prevIds = new Uint32Array(KeywordHits.RING);
  #prevCount = 0;

  reset(): void {
    this.#count = 0;
    this.#prevCount = 0;
  }

  /** The current line ends: its hits become the previous line's. */
  newLine(): void {
    // Runs once per line: swap buffers through temporaries (a destructuring swap would allocate).
    if (this.#count === 0 && this.#prevCount === 0) return;
    const ends = this.#ends;
    this.#ends = this.#prevEnds;
    this.#prevEnds = ends;
    const ids = this.#ids;
    this.#ids = this.#prevIds;
    this.#prevIds = ids;
    this.#prevCount = this.#count;
    this.#count = 0;
  }

  push(end: number, id: number): void {
    const slot = this.#count % KeywordHits.RING;
    this.#ends[slot] = end;
    this.#ids[slot] = id;
    this.#count++;
  }

  /** Calls `visit(id, end)` for each keyword of the current line that ended in `(from, to]`, newest first. */
  forEachEndingIn(from: number, to: number, visit: (id: number, end: number) => void): void {
    const oldest = Math.max(0, this.#count - KeywordHits.RING);
    for (let n = this.#count - 1; n >= oldest; n--) {
      const slot = n % KeywordHits.RING;
      const end = this.#ends[slot]!;
      if (end <= from) return;
      if (end <= to) visit(this.#ids[slot]!, end);
    }
  }

  any(from: number, to: number): boolean {
    const oldest = Math.max(0, this.#count - KeywordHits.RING);
    for (let n = this.#count - 1; n >= oldest; n--) {
      const end = this.#ends[n % KeywordHits.RING]!;
      if (end <= from) return false;
      if (end <= to) return true;
    }
    return false;
  }

  /** Whether a keyword of exactly `length` characters ended at `end` on the current line. */
  endsAt(end: number, length: number, lengths: readonly number[]): boolean {
    const oldest = Math.max(0, this.#count - KeywordHits.RING);
    for (let n = this.#count - 1; n >= oldest; n--) {
      const slot = n % KeywordHits.RING;
      const at = this.#ends[slot]!;
      if (at < end) return false;
      if (at === end && lengths[this.#ids[slot]!] === length) return true;
    }
    return false;
  }

  get previousLineCount(): number {
    return this.#prevCount;
  }

  /** Calls `visit(id, end)` for each keyword of the previous line. */
  forEachOnPreviousLine(visit: (id: number, end: number) => void): void {
    const oldest = Math.max(0, this.#prevCount - KeywordHits.RING);
    for (let n = this.#prevCount - 1; n >= oldest; n--) visit(this.#prevIds[n % KeywordHits.RING]!, this.#prevEnds[n % KeywordHits.RING]!);
  }
}

const EQUALS = 61;
const NEWLINE = 10;
const DOT = 46;

/** Bits of a scan-table entry: the next state, above it "token character", above that "a keyword ends here". */
const STATE = MAX_STATES - 1;
const TOKEN_SHIFT = Math.log2(MAX_STATES);
const TOKEN = 1 << TOKEN_SHIFT;
const FINAL = TOKEN << 1;

const scanTables = new WeakMap<KeywordAutomaton, Uint16Array>();

/**
 * The automaton's transitions indexed by (state << 7 | raw ASCII character), case folding built in, each
 * entry also saying whether a keyword ends there and whether the character belongs to a token: the hot loop
 * learns all of it from one load.
 */
function scanTableOf(automaton: KeywordAutomaton): Uint16Array {
  let table = scanTables.get(automaton);
  if (table !== undefined) return table;
  const { delta, final } = automaton;
  table = new Uint16Array(final.length << 7);
  for (let state = 0; state < final.length; state++) {
    for (let c = 0; c < 128; c++) {
      const next = delta[(state << 7) | (c >= 65 && c <= 90 ? c + 32 : c)]!;
      table[(state << 7) | c] = next | (final[next] === 1 ? FINAL : 0) | (CHAR_CLASS[c] !== 0 ? TOKEN : 0);
    }
  }
  scanTables.set(automaton, table);
  return table;
}

/**
 * Splits `text` into tokens of at least `minLength` characters and calls `onToken` for each, in order,
 * while running `automaton` over the same characters so `hits` holds the keywords seen so far on the line
 * and `seen` marks every keyword seen anywhere. `=` belongs to a token only as trailing padding (`abc==`),
 * so `KEY=ghp_...` yields `KEY` and `ghp_...`; a trailing full stop ends a sentence, not a token.
 * One pass, no allocation per character: this loop is the hot path of detection.
 */
export function scanTokens(
  text: string,
  minLength: number,
  automaton: KeywordAutomaton,
  hits: KeywordHits,
  onToken: (token: Token) => void,
  seen: Uint8Array,
  /** Where keywords flagged in `recorded` end, stored per keyword in text order. */
  anchorEnds?: AnchorEnds,
  recorded?: Uint8Array,
  /**
   * Receives the offset of every non-ASCII code unit a decoded view would change or must look at (invisible
   * characters, compatibility forms, high surrogates), so the view need not search the text for them.
   */
  wideSpecials?: OffsetBuffer,
  /**
   * Code units that begin an anchor outside ASCII (see `WideAnchors`), and where each offset of one found is
   * pushed.
   */
  wideAnchorUnits?: Uint8Array,
  wideAnchorHits?: OffsetBuffer,
  /**
   * Keywords whose hits `hits` keeps, 1 by id (every keyword's when undefined): the context rules' own. An
   * anchor of another rule is marked in `seen` and `anchorEnds` only: on a line dense with label words (`AHV`,
   * `CPR`, `Nr.`) the line's hits would otherwise be walked for every token after them.
   */
  lineKeywords?: Uint8Array,
): void {
  const table = scanTableOf(automaton);
  const { outputStart, outputs } = automaton;
  // Module constants are context slots V8 reloads on every use; locals it keeps in registers.
  const final = FINAL;
  const tokenBit = TOKEN;
  const tokenShift = TOKEN_SHIFT;
  const stateBits = STATE;
  const equals = EQUALS;
  const newline = NEWLINE;
  const n = text.length;
  const token: Token = { start: -1, end: -1, lineStart: 0 };
  /** Where the current run of token characters started (the position after the last non-token character). */
  let run = 0;
  let lineStart = 0;
  let state = 0;
  const wideClasses = wideSpecials === undefined ? undefined : wideUnitClasses();
  hits.reset();

  // No closures over loop variables: this loop is most of detection's time.
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Outside ASCII: no keyword continues, no token either.
    let entry = 0;
    if (c < 128) {
      entry = table[(state << 7) | c]!;
      if (entry >= final) {
        const reached = entry & stateBits;
        for (let o = outputStart[reached]!, last = outputStart[reached + 1]!; o < last; o++) {
          const id = outputs[o]!;
          if (lineKeywords === undefined || lineKeywords[id] === 1) hits.push(i + 1, id);
          seen[id] = 1;
          if (anchorEnds !== undefined && recorded![id] === 1) anchorEnds.push(id, i + 1);
        }
      }
      // `=` followed by another token character is an assignment, not padding.
      if (c === equals && i + 1 < n && continuesToken(text.charCodeAt(i + 1))) entry &= ~tokenBit;
    } else {
      if (wideClasses !== undefined && wideClasses[c] !== 0) wideSpecials!.push(i);
      if (wideAnchorUnits !== undefined && wideAnchorUnits[c] === 1) wideAnchorHits!.push(i);
    }
    state = entry & stateBits;
    // Branch-free run tracking: in prose a word boundary comes every few characters, and a branch on "is this
    // a token character" would be mispredicted at each one. `ends` is -1 when this character ends a run.
    const ends = ((entry & tokenBit) >> tokenShift) - 1;
    // One branch, taken only when a run of at least `minLength` ends here (most runs are short words).
    if (((i - run - minLength) | ~ends) >= 0) emitToken(text, run, i, lineStart, minLength, token, onToken);
    run = (run & ~ends) | ((i + 1) & ends);
    if (c === newline) {
      lineStart = i + 1;
      hits.newLine();
    }
  }
  if (n - run >= minLength) emitToken(text, run, n, lineStart, minLength, token, onToken);
}

/** Hands a run to `onToken`, without a sentence's trailing full stop ("the key is abc123."). */
function emitToken(text: string, start: number, end: number, lineStart: number, minLength: number, token: Token, onToken: (token: Token) => void): void {
  while (end > start && text.charCodeAt(end - 1) === DOT) end--;
  if (end - start < minLength) return;
  token.start = start;
  token.end = end;
  token.lineStart = lineStart;
  onToken(token);
}

function continuesToken(next: number): boolean {
  return next < 128 && next !== EQUALS && CHAR_CLASS[next]! !== 0;
}
