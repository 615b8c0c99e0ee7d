import { at, isDigit, isWord } from '../scan/chars';
import { digitsEnd } from '../scan/digits';
import { countryCodeLength } from './country-codes';
import { cleanLeft, type Hit, variedDigitsIn } from './shape';

// Character codes as this module's own constants: read for every candidate, where an imported binding may
// cost a property read through the other module under some TypeScript loaders.
const CLOSE = 41;
const DASH = 45;
const DOT = 46;
const OPEN = 40;
const PLUS = 43;
const SPACE = 32;

/** `+` then 8–15 digits, grouped by single spaces, dashes, dots or a parenthesised group (`+44 (0)20 ...`). */
export function international(text: string, plus: number): Hit | undefined {
  if (!isDigit(at(text, plus + 1)) || at(text, plus + 1) === 48) return undefined;
  const prev = at(text, plus - 1);
  if (isWord(prev) || prev === CLOSE || prev === 93 || prev === PLUS || prev === DOT || prev === DASH) return undefined;
  return internationalDigits(text, plus, plus + 1);
}

/**
 * The `00` international call prefix in place of `+` (`0049 30 1234567`, `0044 20 7946 0958`): the first
 * group is `00` and a country code, then more groups.
 */
export function callPrefixed(text: string, s: number, e: number): Hit | undefined {
  const code = text.slice(s + 2, e);
  if (code.length < 1 || countryCodeLength(code) !== code.length || !cleanLeft(text, s)) return undefined;
  const hit = internationalDigits(text, s, s + 2);
  return hit !== undefined && hit.end > e ? { ...hit, confidence: 0.75 } : undefined;
}

/** The international number whose digits start at `from` (after `+` or `00` at `start`). */
function internationalDigits(text: string, start: number, from: number): Hit | undefined {
  let i = from;
  // Counted as it reads, the digits themselves taken once at the end: a `+` before a long run of numbers
  // must not build a string per group.
  let digitCount = 0;
  let groups = 0;
  let lastDigitEnd = i;
  let paren = false;
  let dotted = false;
  let dashed = false;
  for (;;) {
    const c = at(text, i);
    if (isDigit(c)) {
      const e = digitsEnd(text, i);
      digitCount += e - i;
      groups++;
      if (digitCount > 15) return undefined;
      i = lastDigitEnd = e;
      continue;
    }
    const n1 = at(text, i + 1);
    if (c === SPACE || c === DASH || c === DOT) {
      if (isDigit(n1)) {
        dotted ||= c === DOT;
        dashed ||= c === DASH;
        i++;
        continue;
      }
      if (c === SPACE && n1 === OPEN && !paren && isDigit(at(text, i + 2))) {
        paren = true;
        i += 2;
        continue;
      }
      break;
    }
    if (c === OPEN && !paren && isDigit(n1)) {
      paren = true;
      i++;
      continue;
    }
    if (c === CLOSE && paren) {
      paren = false;
      if (isDigit(n1)) {
        i++;
        continue;
      }
      if ((n1 === SPACE || n1 === DASH) && isDigit(at(text, i + 2))) {
        i += 2;
        continue;
      }
      break;
    }
    break;
  }
  if (paren || digitCount < 8) return undefined;
  // Between `from` and the last digit there are only digits, separators and parentheses.
  if (!variedDigitsIn(text, from, lastDigitEnd)) return undefined;
  const after = at(text, lastDigitEnd);
  if (isWord(after) || after === PLUS) return undefined;
  // `+2024-01-15`: a date behind a plus sign, not a number.
  if (groups === 3 && /^\d{4}-\d{2}-\d{2}$/.test(text.slice(from, lastDigitEnd))) return undefined;
  if (dotted && dashed) return undefined;
  // `+35236450.6`, `+1234567.89`: a signed decimal, not a dotted number.
  if (dotted && /\d{7}\.|\.\d{1,2}$/.test(text.slice(from, lastDigitEnd))) return undefined;
  return { start, end: lastDigitEnd, confidence: groups > 1 ? 0.85 : 0.8 };
}
