import { at, isDigit, isWord } from '../scan/chars';
import { digitsEnd } from '../scan/digits';
import { countsUpOrDown } from '../validate/weighted';
import { arithmetic, cleanLeft, cleanRight, hexPairAround, type Hit, variedDigitsIn } from './shape';

// Character codes as this module's own constants: read for every candidate, where an imported binding may
// cost a property read through the other module under some TypeScript loaders.
const CLOSE = 41;
const DASH = 45;
const DOT = 46;
const OPEN = 40;
const SLASH = 47;
const SPACE = 32;

/** NANP `415-555-2671`, `415.555.2671`, `415 555 2671`, `(415) 555-2671`, optional leading `1-`. */
export function northAmerican(text: string, s: number, e: number): Hit | undefined {
  let start = s;
  let areaStart = s;
  let confidence: number;
  let i: number;
  let sep1 = -1;
  if (at(text, s - 1) === OPEN) {
    if (e - s !== 3 || at(text, e) !== CLOSE) return undefined;
    start = s - 1;
    // `1 (800) 555-0199`: the country code 1 before the area code.
    if (at(text, start - 1) === SPACE && at(text, start - 2) === 49 && !isWord(at(text, start - 3))) start -= 2;
    i = e + 1;
    if (at(text, i) === SPACE) i++;
    confidence = 0.75;
  } else {
    if (e - s === 1 && text[s] === '1') {
      const sep = at(text, e);
      if (sep !== DASH && sep !== DOT) return undefined;
      areaStart = e + 1;
      if (digitsEnd(text, areaStart) - areaStart !== 3 || at(text, areaStart + 3) !== sep) return undefined;
    } else if (e - s !== 3) {
      return undefined;
    }
    i = areaStart + 3;
    const sep = at(text, i);
    if (sep !== DASH && sep !== DOT && sep !== SPACE) return undefined;
    sep1 = sep;
    i++;
    confidence = sep === DASH ? 0.65 : sep === DOT ? 0.6 : 0.55;
  }
  if (!cleanLeft(text, start)) return undefined;
  const area = text.charCodeAt(areaStart);
  if (area < 50) return undefined; // area codes start with 2-9
  const exchangeEnd = digitsEnd(text, i);
  if (exchangeEnd - i !== 3 || text.charCodeAt(i) < 50) return undefined;
  const sep2 = at(text, exchangeEnd);
  if (sep2 !== DASH && sep2 !== DOT && sep2 !== SPACE) return undefined;
  if (sep1 !== -1 && sep2 !== sep1) return undefined;
  const lineEnd = digitsEnd(text, exchangeEnd + 1);
  if (lineEnd - exchangeEnd - 1 !== 4) return undefined;
  if (!cleanRight(text, lineEnd)) return undefined;
  if (!variedDigitsIn(text, areaStart, lineEnd)) return undefined;
  return { start, end: lineEnd, confidence };
}

/**
 * A two-digit area code in parentheses, no trunk `0`, and the number in two groups: Brazil's `(11) 99327-3132`
 * (a mobile's nine digits start with 9) and `(21) 2345-6789` (a landline's eight with 2 to 5). The parentheses and the dash or blank make it a
 * phone number: lists and references put one number, not a dash-joined pair, after a bracketed one.
 */
export function parenthesizedArea(text: string, s: number, e: number): Hit | undefined {
  if (e - s !== 2 || at(text, s - 1) !== OPEN || at(text, e) !== CLOSE || text.charCodeAt(s) === 48) return undefined;
  const start = s - 1;
  if (!cleanLeft(text, start)) return undefined;
  let i = e + 1;
  if (at(text, i) === SPACE) i++;
  const firstEnd = digitsEnd(text, i);
  const firstLength = firstEnd - i;
  const lead = text.charCodeAt(i);
  // A landline's eight digits start with 2 to 5, a mobile's nine with 9; `2024-0115` after a bracket is a date.
  const landline = firstLength === 4 && lead >= 50 && lead <= 53 && !/^(?:19|20)/.test(text.slice(i, i + 2));
  if (!landline && !(firstLength === 5 && lead === 57)) return undefined;
  const sep = at(text, firstEnd);
  // Groups of four parted by a blank are as often a list's numbers: a landline's take the dash.
  if (sep !== DASH && !(sep === SPACE && !landline)) return undefined;
  const end = digitsEnd(text, firstEnd + 1);
  if (end - firstEnd - 1 !== 4 || !cleanRight(text, end) || !variedDigitsIn(text, i, end)) return undefined;
  return { start, end, confidence: 0.55 };
}

/** At most this many groups in a trunk-prefixed number. */
const MAX_TRUNK_GROUPS = 6;
/**
 * How long the groups of the trunk-prefixed number being read are: reused, as every digit run of a text
 * dense with numbers that starts with `0` may start one.
 */
const trunkLengths = new Int32Array(MAX_TRUNK_GROUPS);

/**
 * National numbers with a `0` trunk prefix: `020 7946 0958`, `07700 900123`, `030/1234567`,
 * `01 23 45 67 89`, `0412 345 678`, `(020) 7946 0958`. 9–12 digits in 2–6 groups with one separator kind.
 */
export function trunkPrefixed(text: string, s: number, e: number): Hit | undefined {
  if (text.charCodeAt(s) !== 48 || at(text, s + 1) === 48) return undefined;
  const firstLength = e - s;
  if (firstLength < 2 || firstLength > 5) return undefined;
  let start = s;
  let i = e;
  let sep = at(text, i);
  if (at(text, s - 1) === OPEN) {
    if (sep !== CLOSE) return undefined;
    start = s - 1;
    i++;
    sep = at(text, i);
    if (sep !== SPACE) return undefined;
  }
  if (sep !== SPACE && sep !== DASH && sep !== DOT && sep !== SLASH) return undefined;
  if (!cleanLeft(text, start)) return undefined;
  const lengths = trunkLengths;
  lengths[0] = firstLength;
  let n = 1;
  let digitCount = firstLength;
  let end = e;
  while (at(text, i) === sep && isDigit(at(text, i + 1))) {
    const groupEnd = digitsEnd(text, i + 1);
    const length = groupEnd - i - 1;
    if (length < 2 || length > 8 || n === MAX_TRUNK_GROUPS) return undefined;
    lengths[n++] = length;
    digitCount += length;
    end = i = groupEnd;
    if (sep === SLASH) break;
  }
  if (n < 2 || digitCount < 9 || digitCount > 12) return undefined;
  // A short last group comes only in pairs (`01 23 45 67 89`, `044 668 18 00`); `0700 7563 98` is a batch id.
  if (lengths[n - 1]! < 3 && (n < 3 || lengths[n - 2] !== 2)) return undefined;
  // `078-05-1120` is shaped like an SSN (and is one of the sample numbers), not a phone number.
  if (n === 3 && lengths[0] === 3 && lengths[1] === 2 && lengths[2] === 4) return undefined;
  // `041 862 317`: nine digits in threes is how national ids (TFN, ACN, SIN), sensor and batch numbers print.
  // A phone number so grouped counts with a phone label (`labelledNational`).
  if (n === 3 && lengths[0] === 3 && lengths[1] === 3 && lengths[2] === 3) return undefined;
  // `02111-1307`: a US ZIP+4 code.
  if (sep === DASH && n === 2 && lengths[0] === 5 && lengths[1] === 4) return undefined;
  if (sep === SLASH && at(text, end) === SLASH) return undefined; // a path or a date, not a number
  if (sep === DOT && n === 4 && lengths[0] <= 3 && lengths[1]! <= 3 && lengths[2]! <= 3 && lengths[3]! <= 3) return undefined; // IPv4-like
  if (!cleanRight(text, end)) return undefined;
  // Every digit from `s` to `end` is in one of the groups: they are read in place, never joined.
  if (!variedDigitsIn(text, s, end) || hexPairAround(text, start, end)) return undefined;
  if (n >= 4 && arithmetic(text.slice(s, end).split(String.fromCharCode(sep)))) return undefined;
  return { start, end, confidence: 0.6 };
}

/**
 * A number whose trunk digit stands apart, as Turkey writes its `0` (`0 532 123 45 67`, `0-532-123-45-67`,
 * `0 (212) 123 45 67`, `0 (532) 1234567`) and Russia its `8` (`8 (912) 345-67-89`, `8 912 345-67-89`): the
 * trunk, a three-digit code of that country, then seven digits as 3-2-2, or whole after a code in parentheses.
 * `trunk` is where the digit is, `s` where the code's digits start. Only these layouts go without a label, and
 * only real codes: a lone digit before groups is how rows of numbers print (`0 255 128 64 32`).
 */
export function trunkApart(text: string, trunk: number, s: number): Hit | undefined {
  const turkish = text.charCodeAt(trunk) === 48;
  if (!turkish && text.charCodeAt(trunk) !== 56) return undefined;
  const codeEnd = digitsEnd(text, s);
  if (codeEnd - s !== 3 || !(turkish ? isTurkishCode(text, s) : isRussianCode(text, s))) return undefined;
  const parenthesized = at(text, s - 1) === OPEN;
  let i = codeEnd;
  if (parenthesized) {
    if (at(text, i) !== CLOSE || at(text, i + 1) !== SPACE) return undefined;
    i += 2;
    const whole = digitsEnd(text, i);
    if (whole - i === 7) return apartNumber(text, trunk, whole);
  } else {
    const between = at(text, i);
    if (between !== SPACE && between !== DASH) return undefined;
    i++;
  }
  // The 3-2-2 groups, one separator kind between them: Russia's is the dash (`345-67-89`) unless the code is in
  // parentheses.
  const third = digitsEnd(text, i);
  if (third - i !== 3) return undefined;
  const sep = at(text, third);
  if ((sep !== SPACE && sep !== DASH) || (!turkish && !parenthesized && sep !== DASH)) return undefined;
  if (digitsEnd(text, third + 1) !== third + 3 || at(text, third + 3) !== sep || digitsEnd(text, third + 4) !== third + 6) return undefined;
  return apartNumber(text, trunk, third + 6);
}

/**
 * Turkey's mobile codes (`50x`, `53x`, `54x`, `55x`, `56x`) and area codes: `2`, `3` or `4`, a digit from 1 to 8,
 * then an even one (`212`, `216`, `312`, `488`).
 */
function isTurkishCode(text: string, s: number): boolean {
  const first = text.charCodeAt(s) - 48;
  const second = text.charCodeAt(s + 1) - 48;
  if (first === 5) return second === 0 || (second >= 3 && second <= 6);
  return first >= 2 && first <= 4 && second >= 1 && second <= 8 && (text.charCodeAt(s + 2) - 48) % 2 === 0;
}

/** Russia's codes: geographic ones start with 3, 4 or 8, mobile ones with 9. */
function isRussianCode(text: string, s: number): boolean {
  const first = text.charCodeAt(s);
  return first === 51 || first === 52 || first === 56 || first === 57;
}

/** The number from `trunk` to `end`, when it stands alone and its digits vary. */
function apartNumber(text: string, trunk: number, end: number): Hit | undefined {
  if (!cleanRight(text, end) || !variedDigitsIn(text, trunk, end) || hexPairAround(text, trunk, end)) return undefined;
  return { start: trunk, end, confidence: 0.6 };
}

/** Digits of a mobile or landline number typed with its trunk `0` and no separator. */
const BARE_TRUNK_LENGTH = 11;

/**
 * Eleven digits after a trunk `0`, typed without a separator (`07700900123`, `09171234567`, `05321234567`):
 * how people type a mobile number in the UK, Japan, Korea, the Philippines, Turkey, Nigeria and more. Counted
 * numbers are not written with a leading zero; a placeholder that counts (`01234567890`) is passed over.
 */
export function bareTrunkPrefixed(text: string, s: number, e: number): Hit | undefined {
  if (e - s !== BARE_TRUNK_LENGTH || text.charCodeAt(s) !== 48 || at(text, s + 1) === 48) return undefined;
  if (!cleanRight(text, e) || !variedDigitsIn(text, s, e) || countsUpOrDown(text.slice(s + 1, e))) return undefined;
  return { start: s, end: e, confidence: 0.5 };
}
