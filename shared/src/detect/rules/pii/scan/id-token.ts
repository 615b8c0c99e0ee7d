import { at, isDigit, isWord } from './chars';

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

// Each repetition starts with a dash, so there is one way to match a token: linear, however long.
const TOKEN = /[0-9A-Z]+/g;
const DASHED_TOKEN = /[0-9A-Z]+(?:-[0-9A-Z]+)*/g;

/**
 * Every token of upper-case letters and digits (single dashes allowed between groups when `dashes`) holding
 * a digit and no longer than `maxLength` characters, that is no part of a longer word, path, decimal or
 * date: the shape of passport and licence numbers (`C01X00T47` has no run of two digits, so tokens are
 * found in one pass over the text, not from digit runs). For rules that run only when a label occurs.
 */
export function* idTokens(text: string, maxLength: number, dashes: boolean): Generator<IdToken> {
  const pattern = dashes ? DASHED_TOKEN : TOKEN;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end - start > maxLength) continue;
    const before = at(text, start - 1);
    const after = at(text, end);
    if (isWord(before) || before === DOT || before === SLASH || before === DASH || isWord(after) || after === SLASH) continue;
    if ((after === DOT || after === DASH) && isDigit(at(text, end + 1))) continue;
    const raw = m[0];
    // `2024-01-15`, `15-01-2024`: a date, not a document number.
    if (/^(?:\d{4}-\d{2}-\d{2}|\d{2}-\d{2}-\d{4})$/.test(raw)) continue;
    const compact = dashes ? raw.replace(/-/g, '') : raw;
    let digits = 0;
    for (let i = 0; i < compact.length; i++) if (isDigit(compact.charCodeAt(i))) digits++;
    if (digits > 0) yield { start, end, compact, digits };
  }
}
