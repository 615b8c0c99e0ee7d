import { scannerRule } from '../../define';
import { at, isUpper, isWord } from './scan/chars';
import { digitRuns } from './scan/digits';
import { labelled, labels } from './scan/label';
import { isSingaporeNric } from './validate/nric';

const NRIC_LABELS = labels(['nric', 'fin', 'uin', 'ic', 'ic no', 'nric no', 'identity card', 'identity card number']);

/** `S1234567D`: a series letter, seven digits and a check letter; the shape and the check suffice. */
export const sgNric = scannerRule({
  id: 'sg-nric',
  title: 'Singapore NRIC/FIN',
  category: 'pii',
  severity: 'high',
  confidence: 0.85,
  *scan(text) {
    // Read into locals once: a call or a yield inside the loop would otherwise make each be read again.
    const { count: runCount, starts: runStarts, ends: runEnds } = digitRuns(text);
    for (let r = 0; r < runCount; r++) {
      const s = runStarts[r]!;
      const e = runEnds[r]!;
      if (e - s !== 7 || s === 0) continue;
      if (isWord(at(text, s - 2)) || !isUpper(at(text, e)) || isWord(at(text, e + 1))) continue;
      if (!isSingaporeNric(text.slice(s - 1, e + 1))) continue;
      yield { start: s - 1, end: e + 1, confidence: labelled(text, s - 1, NRIC_LABELS) ? 0.95 : 0.85 };
    }
  },
});
