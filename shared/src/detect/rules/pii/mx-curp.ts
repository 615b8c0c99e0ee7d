import { scannerRule } from '../../define';
import { at, isLetter } from './scan/chars';
import { digitRuns } from './scan/digits';
import { labelled, labels } from './scan/label';
import { oneCaseCodeAt } from './scan/one-case-code';
import { isCurp } from './validate/curp';

const CURP_LABELS = labels(['curp', 'clave única de registro de población', 'clave unica de registro de poblacion']);
const LENGTH = 18;
/** Where the birth date's six digits start. */
const DATE_OFFSET = 4;

/**
 * `BOXW310820HNERXN09`: letters of the names, the birth date, the sex, the state of birth, consonants of the
 * names, a character for namesakes and a check digit. The layout and the check make it one on its own.
 */
export const mxCurp = scannerRule({
  id: 'mx-curp',
  title: 'Mexican CURP',
  category: 'pii',
  severity: 'high',
  confidence: 0.9,
  *scan(text) {
    // Read into locals once: a call or a yield inside the loop would otherwise make each be read again.
    const { count: runCount, starts: runStarts, ends: runEnds } = digitRuns(text);
    for (let r = 0; r < runCount; r++) {
      const s = runStarts[r]!;
      // The birth date: six digits with a name's letter before and the sex's after.
      if (runEnds[r]! - s !== 6 || !isLetter(at(text, s - 1)) || !isLetter(at(text, s + 6))) continue;
      const candidate = oneCaseCodeAt(text, s - DATE_OFFSET, LENGTH);
      if (candidate === undefined || !isCurp(candidate)) continue;
      const start = s - DATE_OFFSET;
      yield { start, end: start + LENGTH, confidence: labelled(text, start, CURP_LABELS) ? 0.95 : 0.9 };
    }
  },
});
