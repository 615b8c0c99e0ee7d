import { scannerRule } from '../../define';
import { at, isDigit, isHex, isWord } from './scan/chars';
import { digitRuns, digitsEnd } from './scan/digits';

interface Hit {
  start: number;
  end: number;
  confidence: number;
}

const SPACE = 32;
const DASH = 45;
const DOT = 46;
const SLASH = 47;
const PLUS = 43;
const OPEN = 40;
const CLOSE = 41;

/** At least three different digits: `+10000000000` and `+1111111111` are not numbers anyone owns. */
function variedDigits(digits: string): boolean {
  return new Set(digits).size >= 3;
}

/** A two-character hex token (`0a`, `7f`) with a digit right next to the number: a hex dump, not a phone. */
function hexPairAround(text: string, start: number, end: number): boolean {
  const pair = (a: number) => isHex(at(text, a)) && isHex(at(text, a + 1)) && (isDigit(at(text, a)) || isDigit(at(text, a + 1)));
  const before = at(text, start - 1) === SPACE && pair(start - 3) && !isWord(at(text, start - 4));
  const after = at(text, end) === SPACE && pair(end + 1) && !isWord(at(text, end + 3));
  return before || after;
}

/** `+` then 8–15 digits, grouped by single spaces, dashes, dots or a parenthesised group (`+44 (0)20 ...`). */
function international(text: string, plus: number): Hit | undefined {
  if (!isDigit(at(text, plus + 1)) || at(text, plus + 1) === 48) return undefined;
  const prev = at(text, plus - 1);
  if (isWord(prev) || prev === CLOSE || prev === 93 || prev === PLUS || prev === DOT || prev === DASH) return undefined;
  let i = plus + 1;
  let digits = '';
  let groups = 0;
  let lastDigitEnd = i;
  let paren = false;
  let seps = '';
  for (;;) {
    const c = at(text, i);
    if (isDigit(c)) {
      const e = digitsEnd(text, i);
      digits += text.slice(i, e);
      groups++;
      if (digits.length > 15) return undefined;
      i = lastDigitEnd = e;
      continue;
    }
    const n1 = at(text, i + 1);
    if (c === SPACE || c === DASH || c === DOT) {
      if (isDigit(n1)) { seps += text[i]; i++; continue; }
      if (c === SPACE && n1 === OPEN && !paren && isDigit(at(text, i + 2))) { paren = true; i += 2; continue; }
      break;
    }
    if (c === OPEN && !paren && isDigit(n1)) { paren = true; i++; continue; }
    if (c === CLOSE && paren) {
      paren = false;
      if (isDigit(n1)) { i++; continue; }
      if ((n1 === SPACE || n1 === DASH) && isDigit(at(text, i + 2))) { i += 2; continue; }
      break;
    }
    break;
  }
  if (paren) return undefined;
  if (digits.length < 8 || !variedDigits(digits)) return undefined;
  const after = at(text, lastDigitEnd);
  if (isWord(after) || after === PLUS) return undefined;
  // `+2024-01-15`: a date behind a plus sign, not a number.
  if (groups === 3 && /^\d{4}-\d{2}-\d{2}$/.test(text.slice(plus + 1, lastDigitEnd))) return undefined;
  if (seps.includes('.') && seps.includes('-')) return undefined;
  // `+35236450.6`, `+1234567.89`: a signed decimal, not a dotted number.
  if (seps.includes('.') && /\d{7}\.|\.\d{1,2}$/.test(text.slice(plus + 1, lastDigitEnd))) return undefined;
  return { start: plus, end: lastDigitEnd, confidence: groups > 1 ? 0.85 : 0.8 };
}

/** Nothing number-like glued to the left of `start`: a letter, `_`, `.5`, `12-`, `v`, `+`. */
function cleanLeft(text: string, start: number): boolean {
  const prev = at(text, start - 1);
  if (isWord(prev) || prev === DOT || prev === PLUS || prev === SLASH) return false;
  if ((prev === DASH || prev === SPACE || prev === 58) && isDigit(at(text, start - 2))) return false;
  return true;
}

/** Nothing number-like glued to the right of `end`. */
function cleanRight(text: string, end: number): boolean {
  const next = at(text, end);
  if (isWord(next)) return false;
  if ((next === DASH || next === DOT || next === SLASH || next === 58 || next === SPACE || next === 44) && isDigit(at(text, end + 1))) return false;
  return true;
}

/** NANP `415-555-2671`, `415.555.2671`, `415 555 2671`, `(415) 555-2671`, optional leading `1-`. */
function northAmerican(text: string, s: number, e: number): Hit | undefined {
  let start = s;
  let areaStart = s;
  let confidence: number;
  let i: number;
  let sep1 = -1;
  if (at(text, s - 1) === OPEN) {
    if (e - s !== 3 || at(text, e) !== CLOSE) return undefined;
    start = s - 1;
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
  if (!variedDigits(text.slice(areaStart, lineEnd).replace(/\D/g, ''))) return undefined;
  return { start, end: lineEnd, confidence };
}

/** Groups that count (`01 02 03 04 05`, `10 20 30 40 50`): a byte dump or a sequence, not a number. */
function arithmetic(groups: readonly string[]): boolean {
  const values = groups.map(Number);
  const step = values[1]! - values[0]!;
  for (let i = 2; i < values.length; i++) if (values[i]! - values[i - 1]! !== step) return false;
  return true;
}

/**
 * National numbers with a `0` trunk prefix: `020 7946 0958`, `07700 900123`, `030/1234567`,
 * `01 23 45 67 89`, `0412 345 678`, `(020) 7946 0958`. 9–12 digits in 2–6 groups with one separator kind.
 */
function trunkPrefixed(text: string, s: number, e: number): Hit | undefined {
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
  const lengths = [firstLength];
  let digits = text.slice(s, e);
  let end = e;
  while (at(text, i) === sep && isDigit(at(text, i + 1))) {
    const groupEnd = digitsEnd(text, i + 1);
    const length = groupEnd - i - 1;
    if (length < 2 || length > 8 || lengths.length === 6) return undefined;
    lengths.push(length);
    digits += text.slice(i + 1, groupEnd);
    end = i = groupEnd;
    if (sep === SLASH) break;
  }
  if (lengths.length < 2 || digits.length < 9 || digits.length > 12) return undefined;
  // `078-05-1120` is shaped like an SSN (and is one of the sample numbers), not a phone number.
  if (lengths.length === 3 && lengths[0] === 3 && lengths[1] === 2 && lengths[2] === 4) return undefined;
  // `02111-1307`: a US ZIP+4 code.
  if (sep === DASH && lengths.length === 2 && lengths[0] === 5 && lengths[1] === 4) return undefined;
  if (sep === SLASH && at(text, end) === SLASH) return undefined; // a path or a date, not a number
  if (sep === DOT && lengths.length === 4 && lengths.every((l) => l <= 3)) return undefined; // IPv4-like
  if (!cleanRight(text, end) || !variedDigits(digits) || hexPairAround(text, start, end)) return undefined;
  if (lengths.length >= 4 && arithmetic(text.slice(s, end).split(String.fromCharCode(sep)))) return undefined;
  return { start, end, confidence: 0.6 };
}

export const phone = scannerRule({
  id: 'phone',
  title: 'Phone number',
  category: 'pii',
  severity: 'medium',
  confidence: 0.8,
  *scan(text) {
    const found: Hit[] = [];
    let plus = text.indexOf('+');
    while (plus !== -1) {
      const hit = international(text, plus);
      if (hit) {
        found.push(hit);
        plus = text.indexOf('+', hit.end);
      } else {
        plus = text.indexOf('+', plus + 1);
      }
    }
    yield* found;
    const runs = digitRuns(text);
    let k = 0; // next international hit that may cover a run
    let skipUntil = -1;
    for (let r = 0; r < runs.count; r++) {
      const s = runs.starts[r]!;
      if (s < skipUntil) continue;
      while (k < found.length && found[k]!.end <= s) k++;
      if (k < found.length && found[k]!.start <= s) continue;
      const e = runs.ends[r]!;
      // Cheap shape filter before any parsing: a trunk `0`, a 3-digit area code, or a leading `1-`.
      const first = text.charCodeAt(s);
      const length = e - s;
      let hit: Hit | undefined;
      if (first === 48) hit = trunkPrefixed(text, s, e);
      else if (length === 3 || (length === 1 && first === 49)) hit = northAmerican(text, s, e);
      if (hit) {
        skipUntil = hit.end;
        yield hit;
      }
    }
  },
});
