import { at, isDigit, isUpper, isWord } from './chars';
import { digitRuns } from './digits';

/** A document number written as one token of upper-case letters and digits, maybe in dash-joined groups. */
export interface IdToken {
  start: number;
  end: number;
  /** Its letters and digits, without dashes. */
  compact: string;
  digits: number;
}

const DASH = 45;
const DOT = 46;
const SLASH = 47;

function isIdChar(c: number): boolean {
  return isDigit(c) || isUpper(c);
}

/**
 * Every token of upper-case letters and digits (single dashes allowed between groups when `dashes`) holding
 * a digit and no longer than `maxLength` characters, that is no part of a longer word, path, decimal or
 * date: the shape of passport and licence numbers. Tokens are found from the digit runs, each looked at once.
 */
export function* idTokens(text: string, maxLength: number, dashes: boolean): Generator<IdToken> {
  const runs = digitRuns(text);
  let lastEnd = -1;
  for (let r = 0; r < runs.count; r++) {
    const s = runs.starts[r]!;
    if (s < lastEnd) continue;
    let start = s;
    while (s - start <= maxLength && (isIdChar(at(text, start - 1)) || (dashes && at(text, start - 1) === DASH && isIdChar(at(text, start - 2)) && isIdChar(at(text, start))))) start--;
    let end = runs.ends[r]!;
    while (end - start <= maxLength && (isIdChar(at(text, end)) || (dashes && at(text, end) === DASH && isIdChar(at(text, end + 1)) && isIdChar(at(text, end - 1))))) end++;
    lastEnd = end;
    if (end - start > maxLength) continue;
    const before = at(text, start - 1);
    const after = at(text, end);
    if (isWord(before) || before === DOT || before === SLASH || before === DASH || isWord(after) || after === SLASH) continue;
    if ((after === DOT || after === DASH) && isIdChar(at(text, end + 1))) continue;
    const raw = text.slice(start, end);
    // `2024-01-15`, `15-01-2024`: a date, not a document number.
    if (/^(?:\d{4}-\d{2}-\d{2}|\d{2}-\d{2}-\d{4})$/.test(raw)) continue;
    const compact = dashes ? raw.replace(/-/g, '') : raw;
    let digits = 0;
    for (let i = 0; i < compact.length; i++) if (isDigit(compact.charCodeAt(i))) digits++;
    yield { start, end, compact, digits };
  }
}
