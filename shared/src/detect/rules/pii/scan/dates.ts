import { at, isDigit, isLetter, isWord, lettersBefore } from './chars';
import { digitRuns } from './digits';
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
const DAY_MONTH_YEAR = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?[ -]${MONTH_NAME}[ -](\\d{4})`, 'iy');
const MONTH_DAY_YEAR = new RegExp(`${MONTH_NAME} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})`, 'iy');
/** The longest month name, `September`, with its dot and space: how far before a day a name can start. */
const MONTH_NAME_REACH = 11;
const MIDNIGHT = /T00:00(?::00(?:\.0{1,9})?)?(?:Z|[+-]00:?00)?/y;
/** How far before its year a written-out date can start: `September 30th, ` is 16 characters. */
const TEXT_DATE_REACH = 20;

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
  // A month name follows the day, after a space or dash (`12 April`) or after `st`, `nd`, `rd`, `th`.
  if (((next === 32 || next === 45) && isLetter(at(text, e + 1))) || isLetter(next)) {
    const m = matchAt(DAY_MONTH_YEAR, text, s);
    if (m && plausible(Number(m[3]), monthOf(m[2]!), Number(m[1]))) return { start: s, end: s + m[0].length };
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
 * year, because a one-digit day is no digit run of its own. Tries the starts of the (at most three) words
 * before the year.
 */
function textDateEndingAt(text: string, s: number, e: number): WrittenDate | undefined {
  const from = Math.max(0, s - TEXT_DATE_REACH);
  // Both forms hold a month name of three letters or more before the year.
  if (!lettersBefore(text, s, s - from, 3)) return undefined;
  let words = 0;
  for (let i = s - 1; i > from && words < 3; i--) {
    if (isWord(at(text, i - 1)) || !isWord(at(text, i))) continue;
    words++;
    for (const pattern of [DAY_MONTH_YEAR, MONTH_DAY_YEAR]) {
      const m = matchAt(pattern, text, i);
      if (m === null || i + m[0].length !== e) continue;
      const [day, month] = pattern === DAY_MONTH_YEAR ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
      if (plausible(Number(m[3]), monthOf(month), Number(day))) return { start: i, end: e };
    }
  }
  return undefined;
}

/**
 * Every full calendar date in `text` (`1980-04-12`, `12/04/1980`, `4.12.80`, `12 April 1980`,
 * `6 July 1986`, `April 12th, 1980`) from 1900 on, not part of a longer number, version or timestamp (but
 * with a midnight time, as date-only fields are often serialised).
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
