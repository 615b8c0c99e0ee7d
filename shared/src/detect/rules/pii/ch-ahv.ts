import { scannerRule } from '../../define';
import { at, isDigit, isWord } from './scan/chars';
import { digitRuns, digitsEnd } from './scan/digits';
import { labelled, labels } from './scan/label';
import { isSwissAhv } from './validate/ahv';

const AHV_LABELS = labels(['ahv', 'avs', 'ahv nr', 'ahv nummer', 'numéro avs', 'numero avs', 'sozialversicherungsnummer', 'swiss social security number']);

const DOT = 46;
/** `756.1234.5678.97`: the groups' lengths after `756`. */
const GROUPS = [4, 4, 2];

/**
 * `756.9217.0769.85`: a Swiss AHV number as the card prints it, which counts on its own; thirteen digits bare
 * only labelled.
 */
export const chAhv = scannerRule({
  id: 'ch-ahv',
  title: 'Swiss social security number (AHV/AVS)',
  category: 'pii',
  severity: 'high',
  confidence: 0.9,
  *scan(text) {
    // Read into locals once: a call or a yield inside the loop would otherwise make each be read again.
    const { count: runCount, starts: runStarts, ends: runEnds } = digitRuns(text);
    for (let r = 0; r < runCount; r++) {
      const s = runStarts[r]!;
      const e = runEnds[r]!;
      const before = at(text, s - 1);
      if (isWord(before) || (before === DOT && isDigit(at(text, s - 2)))) continue;
      if (text.charCodeAt(s) !== 55 || text.charCodeAt(s + 1) !== 53 || text.charCodeAt(s + 2) !== 54) continue;
      if (e - s === 3 && at(text, e) === DOT) {
        let digits = '756';
        let i = e;
        let whole = true;
        for (const length of GROUPS) {
          if (at(text, i) !== DOT) {
            whole = false;
            break;
          }
          const end = digitsEnd(text, i + 1);
          if (end - i - 1 !== length) {
            whole = false;
            break;
          }
          digits += text.slice(i + 1, end);
          i = end;
        }
        if (!whole || isWord(at(text, i)) || (at(text, i) === DOT && isDigit(at(text, i + 1))) || !isSwissAhv(digits)) continue;
        yield { start: s, end: i, confidence: labelled(text, s, AHV_LABELS) ? 0.95 : 0.9 };
      } else if (e - s === 13 && !isWord(at(text, e)) && isSwissAhv(text.slice(s, e)) && labelled(text, s, AHV_LABELS)) {
        yield { start: s, end: e, confidence: 0.9 };
      }
    }
  },
});
