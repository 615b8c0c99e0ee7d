import { at, isDigit, isLetter, isNonAsciiAlnum, isWord, lettersBefore } from './chars';
import { digitRuns } from './digits';
import { MONTH_NAME_MAX, monthNamed } from './month-names';
import { isCalendarDate } from '../validate/date';

/** A calendar date written out in full (day, month and year). */
export interface WrittenDate {
  start: number;
  end: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
// Each alternative is a fixed sequence of bounded parts: no quantifier wraps another.
const NUMERIC_YEAR_FIRST = /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})/y;
const NUMERIC_YEAR_LAST = /(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})/y;
const MONTH_DAY_YEAR = new RegExp(`${MONTH_NAME} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})`, 'iy');
/** The longest month name, `September`, with its dot and space: how far before a day a name can start. */
const MONTH_NAME_REACH = 11;
const MIDNIGHT = /T00:00(?::00(?:\.0{1,9})?)?(?:Z|[+-]00:?00)?/y;
/** How far before its year a written-out date can start: `30 de septiembre de ` is 20 characters. */
const TEXT_DATE_REACH = 24;
/** How many words before its year a written-out date can start at: `4 de septiembre de 1985` has four. */
const TEXT_DATE_WORDS = 4;
/** `年` and `년`, `月` and `월`, `日` and `일`: a date's units in Chinese and Japanese, and in Korean. */
const YEAR_UNITS = [0x5e74, 0xb144];
const MONTH_UNITS = [0x6708, 0xc6d4];
const DAY_UNITS = [0x65e5, 0xc77c];

/** A letter of any script (`März`, `марта`), or a digit outside ASCII, which no month name holds anyway. */
function isAnyLetter(c: number): boolean {
  return isLetter(c) || isNonAsciiAlnum(c);
}

/** `st`, `nd`, `rd` or `th` at `k` in any case (English ordinals), or `er` after a 1 (French `1er`). */
function ordinalSuffixAt(text: string, k: number, day: number): boolean {
  const a = at(text, k) | 32;
  const b = at(text, k + 1) | 32;
  return (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104) || (day === 1 && a === 101 && b === 114);
}

/** Past a Spanish or Portuguese `de ` at `i` (`14 de marzo de 1985`), or `i` itself. */
function pastDe(text: string, i: number): number {
  return (at(text, i) | 32) === 100 && (at(text, i + 1) | 32) === 101 && at(text, i + 2) === 32 ? i + 3 : i;
}

/** One or two digits at `i`: their value and where they end, or undefined. */
function smallNumberAt(text: string, i: number): { value: number; end: number } | undefined {
  if (!isDigit(at(text, i))) return undefined;
  if (!isDigit(at(text, i + 1))) return { value: at(text, i) - 48, end: i + 1 };
  if (isDigit(at(text, i + 2))) return undefined;
  return { value: (at(text, i) - 48) * 10 + at(text, i + 1) - 48, end: i + 2 };
}

/**
 * The end of a date written with its month's name from the day at `i` (`14 March 1985`, `14th-Mar-1985`,
 * `14. März 1985`, `14 de marzo de 1985`, `14 марта 1985`), or -1. Read by hand: one regex of every month name
 * of every language would be tried at every day.
 */
function dayNameYearAt(text: string, i: number): number {
  const day = smallNumberAt(text, i);
  if (day === undefined) return -1;
  let k = day.end;
  if (at(text, k) === 46) {
    k++; // German: `14. März`
  } else {
    if (ordinalSuffixAt(text, k, day.value) && !isAnyLetter(at(text, k + 2))) k += 2;
  }
  if (at(text, k) !== 32 && at(text, k) !== 45) return -1;
  k = pastDe(text, k + 1);
  const nameStart = k;
  while (k - nameStart <= MONTH_NAME_MAX && isAnyLetter(at(text, k))) k++;
  const month = k - nameStart > MONTH_NAME_MAX ? 0 : monthNamed(text.slice(nameStart, k));
  if (month === 0) return -1;
  if (at(text, k) === 46) k++; // an abbreviation's dot: `14 Mar. 1985`
  if (at(text, k) !== 32 && at(text, k) !== 45) return -1;
  k = pastDe(text, k + 1);
  for (let d = 0; d < 4; d++) if (!isDigit(at(text, k + d))) return -1;
  if (isDigit(at(text, k + 4))) return -1;
  return plausible(Number(text.slice(k, k + 4)), month, day.value) ? k + 4 : -1;
}

/** The end of `1985年3月14日` (or Korean `1985년 3월 14일`) from its year at `s`, or -1. */
function unitDateAt(text: string, s: number): number {
  let k = s + 4;
  if (!YEAR_UNITS.includes(at(text, k))) return -1;
  k = at(text, k + 1) === 32 ? k + 2 : k + 1;
  const month = smallNumberAt(text, k);
  if (month === undefined || !MONTH_UNITS.includes(at(text, month.end))) return -1;
  k = at(text, month.end + 1) === 32 ? month.end + 2 : month.end + 1;
  const day = smallNumberAt(text, k);
  if (day === undefined || !DAY_UNITS.includes(at(text, day.end))) return -1;
  return plausible(Number(text.slice(s, s + 4)), month.value, day.value) ? day.end + 1 : -1;
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function fullYear(year: string): number {
  return year.length === 4 ? Number(year) : 1900 + Number(year);
}

/** A birth year we accept: 1900 onwards (two-digit years read as 19xx, the century does not matter here). */
function plausible(year: number, month: number, day: number): boolean {
  return year >= 1900 && year <= 2099 && isCalendarDate(year, month, day);
}

function matchAt(pattern: RegExp, text: string, i: number): RegExpExecArray | null {
  pattern.lastIndex = i;
  return pattern.exec(text);
}

function isDateSeparator(c: number): boolean {
  return c === 45 || c === 46 || c === 47;
}

/** The full date starting at the digit run `s..e`, or at a month name just before it. */
function dateAt(text: string, s: number, e: number): WrittenDate | undefined {
  const length = e - s;
  const next = at(text, e);
  // Each form is tried only where the characters around the run allow it: most runs are no date.
  if (length === 4 && isDateSeparator(next)) {
    const m = matchAt(NUMERIC_YEAR_FIRST, text, s);
    if (m && plausible(Number(m[1]), Number(m[3]), Number(m[4]))) return { start: s, end: s + m[0].length };
  }
  if (length === 4 && next > 127) {
    const end = unitDateAt(text, s);
    if (end !== -1) return { start: s, end };
  }
  if (length > 2) return undefined;
  if (isDateSeparator(next)) {
    const m = matchAt(NUMERIC_YEAR_LAST, text, s);
    if (m) {
      const year = fullYear(m[4]!);
      const a = Number(m[1]);
      const b = Number(m[3]);
      // Day first (most of the world) or month first (US): either reading will do.
      if (plausible(year, b, a) || plausible(year, a, b)) return { start: s, end: s + m[0].length };
    }
  }
  // A month name follows the day, after a space or dash (`12 April`), a dot (`12. April`) or `st`, `nd`, `rd`, `th`.
  if (next === 32 || next === 45 || next === 46 || isLetter(next)) {
    const end = dayNameYearAt(text, s);
    if (end !== -1) return { start: s, end };
  }
  // `April 12, 1980`: the name ends one space before the day.
  if (at(text, s - 1) === 32 && isLetter(at(text, s - 2))) {
    let nameStart = s - 2;
    while (nameStart > 0 && s - nameStart < MONTH_NAME_REACH && isLetter(at(text, nameStart - 1))) nameStart--;
    if (!isWord(at(text, nameStart - 1))) {
      const m = matchAt(MONTH_DAY_YEAR, text, nameStart);
      if (m && plausible(Number(m[3]), monthOf(m[1]!), Number(m[2]))) return { start: nameStart, end: nameStart + m[0].length };
    }
  }
  return undefined;
}

/**
 * A written-out date (`6 July 1986`, `Jul 6, 1986`) whose year is the four digits at `s..e`: found from the
 * year, because a one-digit day is no digit run of its own. Tries the starts of the (at most TEXT_DATE_WORDS)
 * words before the year.
 */
function textDateEndingAt(text: string, s: number, e: number): WrittenDate | undefined {
  const from = Math.max(0, s - TEXT_DATE_REACH);
  // Both forms hold a month name of three letters or more before the year.
  if (!lettersBefore(text, s, s - from, 3)) return undefined;
  let words = 0;
  for (let i = s - 1; i > from && words < TEXT_DATE_WORDS; i--) {
    if (isWord(at(text, i - 1)) || !isWord(at(text, i))) continue;
    words++;
    if (dayNameYearAt(text, i) === e) return { start: i, end: e };
    const m = matchAt(MONTH_DAY_YEAR, text, i);
    if (m !== null && i + m[0].length === e && plausible(Number(m[3]), monthOf(m[1]!), Number(m[2]))) return { start: i, end: e };
  }
  return undefined;
}

/**
 * Every full calendar date in `text` (`1980-04-12`, `12/04/1980`, `4.12.80`, `12 April 1980`, `6 July 1986`,
 * `April 12th, 1980`, `14. März 1985`, `14 de marzo de 1985`, `1985年3月14日`) from 1900 on, not part of a longer
 * number, version or timestamp (but with a midnight time, as date-only fields are often serialised).
 */
export function* writtenDates(text: string): Generator<WrittenDate> {
  // Read into locals once: a call or a yield inside the loop would otherwise make each be read again.
  const { count: runCount, starts: runStarts, ends: runEnds } = digitRuns(text);
  let lastEnd = -1;
  for (let r = 0; r < runCount; r++) {
    const s = runStarts[r]!;
    const e = runEnds[r]!;
    if (s < lastEnd || e - s > 4) continue;
    const prev = at(text, s - 1);
    if (isWord(prev) || ((prev === 46 || prev === 47 || prev === 45 || prev === 58) && isDigit(at(text, s - 2)))) continue;
    const found = dateAt(text, s, e) ?? (e - s === 4 && at(text, s - 1) === 32 ? textDateEndingAt(text, s, e) : undefined);
    if (found === undefined) continue;
    // `1980-04-12T00:00:00Z`: a date-only field serialised as a timestamp at midnight is still that date.
    MIDNIGHT.lastIndex = found.end;
    const midnight = MIDNIGHT.exec(text);
    if (midnight !== null) found.end += midnight[0].length;
    const next = at(text, found.end);
    if (isWord(next) || ((next === 46 || next === 47 || next === 45 || next === 58) && isDigit(at(text, found.end + 1)))) continue;
    lastEnd = found.end;
    yield found;
  }
}
