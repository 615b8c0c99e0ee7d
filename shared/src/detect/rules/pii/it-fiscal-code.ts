import { scannerRule } from '../../define';
import { at, isLetter } from './scan/chars';
import { digitRuns } from './scan/digits';
import { labelled, labels } from './scan/label';
import { oneCaseCodeAt } from './scan/one-case-code';
import { isItalianFiscalCode } from './validate/codice-fiscale';

const CF_LABELS = labels(['codice fiscale', 'cod fisc', 'cf', 'fiscal code', 'tax code', 'tax id']);
const LENGTH = 16;
/** Where digit runs sit inside a code: birth year at 6, birth day at 9, place code digits at 12. */
const RUN_OFFSETS = [6, 9, 12];

/**
 * `RSSMRA85T10A562S`: letters of the name, the birth date, a place code and a check letter; the layout and
 * the check (1 in 26) make it a fiscal code on its own.
 */
export const itFiscalCode = scannerRule({
  id: 'it-fiscal-code',
  title: 'Italian fiscal code (codice fiscale)',
  category: 'pii',
  severity: 'high',
  confidence: 0.9,
  *scan(text) {
    // Read into locals once: a call or a yield inside the loop would otherwise make each be read again.
    const { count: runCount, starts: runStarts, ends: runEnds } = digitRuns(text);
    let lastEnd = -1;
    for (let r = 0; r < runCount; r++) {
      const s = runStarts[r]!;
      // Every digit group of a code (year, day, place) is at most three digits with a letter before it.
      if (s < lastEnd || runEnds[r]! - s > 3 || !isLetter(at(text, s - 1))) continue;
      // By index: `for…of` in a generator makes an iterator result per step.
      for (let k = 0; k < RUN_OFFSETS.length; k++) {
        const start = s - RUN_OFFSETS[k]!;
        if (start < lastEnd) continue;
        const candidate = oneCaseCodeAt(text, start, LENGTH);
        if (candidate === undefined || !isItalianFiscalCode(candidate)) continue;
        lastEnd = start + LENGTH;
        yield { start, end: lastEnd, confidence: labelled(text, start, CF_LABELS) ? 0.95 : 0.9 };
        break;
      }
    }
  },
});
