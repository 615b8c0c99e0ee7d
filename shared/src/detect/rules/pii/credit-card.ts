import { scannerRule } from '../../define';
import { at, isDigit, isWord } from './scan/chars';
import { digitRuns, digitsEnd } from './scan/digits';
import { groupDigits } from './scan/grouped';
import { continuesIban } from './scan/iban-shape';
import { isCardNumber } from './validate/card';

const SPACE = 32;
const DASH = 45;
const DOT = 46;

/** Groups read from a first group of four: one more than the longest shape (4-4-4-4-3), so a longer run is seen. */
const MAX_GROUPS = 6;

/** Group shapes people write card numbers in: 4-4-4-4(-3), 4-4-4-1..4, Amex 4-6-5, Diners 4-6-4; the first `n` of `lengths`. */
function groupedShape(lengths: Int32Array, n: number): boolean {
  if (n < 3) return false;
  if (n === 3 && lengths[0] === 4 && lengths[1] === 6 && (lengths[2] === 5 || lengths[2] === 4)) return true;
  for (let i = 0; i < n - 1; i++) if (lengths[i] !== 4) return false;
  return lengths[n - 1]! >= 1 && lengths[n - 1]! <= 4;
}

export const creditCard = scannerRule({
  id: 'credit-card',
  title: 'Payment card number',
  category: 'pii',
  severity: 'high',
  confidence: 0.9,
  allowPlaceholderLike: true,
  *scan(text) {
    // Read into locals once: a call or a yield inside the loop would otherwise make each be read again.
    const { count: runCount, starts: runStarts, ends: runEnds } = digitRuns(text);
    let skipUntil = -1;
    const lengths = new Int32Array(MAX_GROUPS);
    const ends = new Int32Array(MAX_GROUPS);
    for (let r = 0; r < runCount; r++) {
      const s = runStarts[r]!;
      if (s < skipUntil) continue;
      const e = runEnds[r]!;
      const length = e - s;
      if (length !== 4 && (length < 13 || length > 19)) continue;
      const prev = at(text, s - 1);
      // Identifiers, decimals (`0.4111...`), signed numbers, and groups that continue a longer number; but a
      // card printed right after another one (`4111 1111 1111 1111 5500 0000 0000 0004`) starts afresh, and a
      // whole card number after a space is a token of its own.
      if (isWord(prev) || prev === DOT || prev === 43) continue;
      const afterCard = s === skipUntil + 1 && prev !== DOT;
      if (!afterCard && (prev === DASH || (prev === SPACE && length === 4)) && isDigit(at(text, s - 2))) continue;
      if (length === 4 && continuesIban(text, s)) continue;

      if (length >= 13) {
        if (prev === 47) continue; // a path segment id: `/feature/5068609911521280`
        const next = at(text, e);
        if (isWord(next) || ((next === DOT || next === DASH) && isDigit(at(text, e + 1)))) continue;
        if (isCardNumber(text.slice(s, e))) {
          skipUntil = e;
          yield { start: s, end: e, confidence: 0.8 };
        }
        continue;
      }

      const sep = at(text, e);
      if (sep !== SPACE && sep !== DASH) continue;
      // The second group has 4 digits (or 6 for Amex/Diners) before anything is allocated.
      const second = digitsEnd(text, e + 1) - e - 1;
      if (second !== 4 && second !== 6) continue;
      // Group lengths and ends in buffers made once per call; the digits are cut only for a card's shape.
      let count = 1;
      lengths[0] = 4;
      ends[0] = e;
      let i = e;
      while (count < MAX_GROUPS && at(text, i) === sep && isDigit(at(text, i + 1))) {
        const groupEnd = digitsEnd(text, i + 1);
        lengths[count] = groupEnd - i - 1;
        ends[count++] = groupEnd;
        i = groupEnd;
      }
      if (count < 3) continue;
      // The longest card-shaped run of groups decides: `4527 3024 9881 5865 266` is a 19-digit number that
      // fails the check, not a card with 266 after it. A dash-joined run that goes on is a longer identifier.
      const runsOn = at(text, i) === sep && isDigit(at(text, i + 1));
      if (sep === DASH && runsOn) continue;
      for (let g = count; g >= 3; g--) {
        const end = ends[g - 1]!;
        if (g === count) {
          const next = at(text, end);
          if (isWord(next) || ((next === DOT || next === DASH) && isDigit(at(text, end + 1)))) continue;
          if (sep === DASH && next === DASH && isWord(at(text, end + 1))) continue; // `...-1720-abcd` ids
        } else if (sep === DASH) {
          break;
        }
        if (!groupedShape(lengths, g)) continue;
        let total = 0;
        for (let k = 0; k < g; k++) total += lengths[k]!;
        if (total < 13 || total > 19) continue;
        if (isCardNumber(groupDigits(text, s, lengths, g))) {
          skipUntil = end;
          yield { start: s, end, confidence: 0.95 };
        }
        break;
      }
    }
  },
});
