import { scannerRule } from '../../define';
import { at, isDigit, isWord } from './scan/chars';
import { digitRuns, digitsEnd } from './scan/digits';
import { labelled, labels } from './scan/label';
import { isRut } from './validate/rut';

const RUT_LABELS = labels([
  'rut',
  'r u t',
  'r u n',
  'rol único tributario',
  'rol unico tributario',
  'rol único nacional',
  'rol unico nacional',
  'cédula de identidad',
  'cedula de identidad',
]);

const DOT = 46;
const DASH = 45;

/** The check character after the dash at `dash`, upper-cased, when nothing of a word or a number follows it. */
function checkAfter(text: string, dash: number): string | undefined {
  const c = at(text, dash + 1);
  if (!isDigit(c) && c !== 75 && c !== 107) return undefined;
  const next = at(text, dash + 2);
  if (isWord(next) || ((next === DOT || next === DASH) && isDigit(at(text, dash + 3)))) return undefined;
  return c === 107 ? 'K' : String.fromCharCode(c);
}

/**
 * `12.345.678-5`: a Chilean RUT or RUN, the body in thousands and a check digit or `K` (modulo 11). Printed
 * so, with its dots and dash, it counts on its own; `12345678-5` only labelled, as a number with a dash and
 * one more digit may be many things.
 */
export const clRut = scannerRule({
  id: 'cl-rut',
  title: 'Chilean RUT/RUN',
  category: 'pii',
  severity: 'high',
  confidence: 0.85,
  *scan(text) {
    // Read into locals once: a call or a yield inside the loop would otherwise make each be read again.
    const { count: runCount, starts: runStarts, ends: runEnds } = digitRuns(text);
    for (let r = 0; r < runCount; r++) {
      const s = runStarts[r]!;
      const e = runEnds[r]!;
      const before = at(text, s - 1);
      if (isWord(before) || ((before === DOT || before === DASH) && isDigit(at(text, s - 2)))) continue;
      if (e - s <= 2 && at(text, e) === DOT) {
        // `12.345.678-5`: one or two digits, then two groups of three.
        const second = digitsEnd(text, e + 1);
        if (second - e - 1 !== 3 || at(text, second) !== DOT) continue;
        const third = digitsEnd(text, second + 1);
        if (third - second - 1 !== 3 || at(text, third) !== DASH) continue;
        const check = checkAfter(text, third);
        const body = text.slice(s, e) + text.slice(e + 1, second) + text.slice(second + 1, third);
        if (check === undefined || !isRut(body, check)) continue;
        yield { start: s, end: third + 2, confidence: labelled(text, s, RUT_LABELS) ? 0.95 : 0.8 };
      } else if ((e - s === 7 || e - s === 8) && at(text, e) === DASH) {
        const check = checkAfter(text, e);
        if (check === undefined || !isRut(text.slice(s, e), check) || !labelled(text, s, RUT_LABELS)) continue;
        yield { start: s, end: e + 2, confidence: 0.9 };
      }
    }
  },
});
