import { ASCII_CLASS } from './chars';
import { forEachIdToken, inToken, measure, nextDigit, type IdToken } from './id-token';
import type { LabelRegions } from './label-regions';
import { forgetsScannedText } from '../../../text-caches';

/**
 * The passport and the driver's licence rules both read every document-number-shaped token near their labels,
 * one without dashes and one with: on a text dense with both labels (a table of people) that was two passes
 * over the same digits. The first rule to ask lists both kinds for the text in one pass, within its label
 * regions; the other reuses the lists when its own regions lie inside those. Extra tokens are harmless: each
 * rule still asks for its own label at every token, and accepts none outside its regions.
 */

/** The longest token listed and the shortest; a rule asking for others reads the text itself. */
const MAX_LENGTH = 18;
const MIN_LENGTH = 5;
/**
 * A digit is looked at when the regions come within `SLACK` after it or `REACH` before it: every digit a rule
 * whose regions lie within these widened by `SLACK` would look at (up to a token's length past a region's end).
 * Rules name values on the same lines, their anchors a few words apart: their regions differ by less.
 */
const SLACK = 128;
const REACH = SLACK + MAX_LENGTH + 1;

/** Tokens as parallel arrays, kept from text to text and overwritten (a dense text has tens of thousands). */
class TokenList {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly digits: number[] = [];
  readonly dashes: number[] = [];
  count = 0;

  push(token: IdToken): void {
    const k = this.count++;
    this.starts[k] = token.start;
    this.ends[k] = token.end;
    this.digits[k] = token.digits;
    this.dashes[k] = token.dashes;
  }
}

let memoText: string | undefined;
let memoRegions: LabelRegions | undefined;
forgetsScannedText(() => {
  memoText = undefined;
  memoRegions = undefined;
});
const plain = new TokenList();
const joined = new TokenList();

/**
 * Lists every maximal run of upper-case letters and digits holding a digit (`plain`), and every run of them
 * joined by single dashes (`joined`), each `MIN_LENGTH` to `MAX_LENGTH` long and standing alone, as
 * `forEachIdToken` finds them. Driven by the plain runs: a joined run is read from the first plain run in it
 * that holds a digit, each walk bounded by `MAX_LENGTH`, so every character is read a bounded number of times.
 */
function list(text: string, regions: LabelRegions): void {
  const classes = ASCII_CLASS;
  const token: IdToken = { start: 0, end: 0, digits: 0, dashes: 0 };
  const digit = /[0-9]/g;
  plain.count = 0;
  joined.count = 0;
  /** Where the last joined run looked at starts: the plain runs after it in the same joined run skip it. */
  let lastJoined = -1;
  let from = 0;
  for (;;) {
    const found = nextDigit(text, from, digit);
    if (found === -1) return;
    const next = regions.nextCovered(Math.max(0, found - REACH));
    if (next === -1) return;
    if (next - SLACK > found) {
      from = next - SLACK;
      continue;
    }
    let start = found;
    while (found - start <= MAX_LENGTH && inToken(classes, text, start - 1, false)) start--;
    let end = found + 1;
    while (end - start <= MAX_LENGTH && inToken(classes, text, end, false)) end++;
    const tooLong = end - start > MAX_LENGTH;
    if (tooLong) while (inToken(classes, text, end, false)) end++;
    from = end;
    // The joined run around this one, unless a plain run before it in the same joined run was looked at.
    let joinedStart = start;
    while (start - joinedStart <= MAX_LENGTH + 1 && inToken(classes, text, joinedStart - 1, true)) joinedStart--;
    if (!tooLong && start - joinedStart <= MAX_LENGTH + 1 && joinedStart > lastJoined) {
      lastJoined = joinedStart;
      let joinedEnd = end;
      while (joinedEnd - joinedStart <= MAX_LENGTH && inToken(classes, text, joinedEnd, true)) joinedEnd++;
      if (joinedEnd - joinedStart <= MAX_LENGTH && joinedEnd - joinedStart >= MIN_LENGTH && measure(classes, text, joinedStart, joinedEnd, token)) joined.push(token);
    }
    if (!tooLong && end - start >= MIN_LENGTH && measure(classes, text, start, end, token)) plain.push(token);
  }
}

/**
 * `forEachIdToken` for a rule that needs a label (`regions`), from the lists of this text when they cover
 * the rule's regions and its lengths. The same tokens reach `visit`, maybe with more that no label names.
 */
export function forEachLabelledIdToken(text: string, minLength: number, maxLength: number, dashes: boolean, regions: LabelRegions, visit: (token: IdToken) => void): void {
  if (minLength < MIN_LENGTH || maxLength > MAX_LENGTH) {
    forEachIdToken(text, minLength, maxLength, dashes, regions, visit);
    return;
  }
  if (memoText !== text || memoRegions === undefined || !regions.within(memoRegions, SLACK)) {
    list(text, regions);
    memoText = text;
    memoRegions = regions;
  }
  const tokens = dashes ? joined : plain;
  const token: IdToken = { start: 0, end: 0, digits: 0, dashes: 0 };
  for (let k = 0; k < tokens.count; k++) {
    const length = tokens.ends[k]! - tokens.starts[k]!;
    if (length < minLength || length > maxLength) continue;
    token.start = tokens.starts[k]!;
    token.end = tokens.ends[k]!;
    token.digits = tokens.digits[k]!;
    token.dashes = tokens.dashes[k]!;
    visit(token);
  }
}
