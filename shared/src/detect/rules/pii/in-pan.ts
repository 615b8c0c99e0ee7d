import { anchoredScannerRule } from '../../define';
import { at, isUpper, isWord } from './scan/chars';
import { digitRuns } from './scan/digits';
import { anchorsOf, labelled, labels } from './scan/label';
import { isIndianPan } from './validate/pan';

const PAN_LABELS = labels(['pan', 'pan number', 'pan no', 'pan card', 'permanent account number', 'income tax pan'], ['pan', 'permanent']);

/**
 * `ABCPE1234F`: five letters, four digits, a letter. The check letter's algorithm is not public, and the
 * shape is common in product codes: a label is required.
 */
export const inPan = anchoredScannerRule({
  id: 'in-pan',
  title: 'Indian Permanent Account Number (PAN)',
  category: 'pii',
  severity: 'high',
  confidence: 0.7,
  anchors: anchorsOf(PAN_LABELS),
  *scan(text) {
    // Read into locals once: a call or a yield inside the loop would otherwise make each be read again.
    const { count: runCount, starts: runStarts, ends: runEnds } = digitRuns(text);
    for (let r = 0; r < runCount; r++) {
      const s = runStarts[r]!;
      const e = runEnds[r]!;
      if (e - s !== 4 || s < 5 || isWord(at(text, s - 6)) || !isUpper(at(text, e)) || isWord(at(text, e + 1))) continue;
      const value = text.slice(s - 5, e + 1);
      if (isIndianPan(value) && labelled(text, s - 5, PAN_LABELS)) yield { start: s - 5, end: e + 1 };
    }
  },
});
