import { anchoredScannerRule } from '../../define';
import { at, isUpper, isWord } from './scan/chars';
import { digitRuns } from './scan/digits';
import { anchorsOf, labelled, labels } from './scan/label';
import { isTaiwanId } from './validate/tw-id';

const TW_ID_LABELS = labels(['身分證', '身份證', '身份证', 'taiwan id', 'national id', 'roc id', 'id number', 'id no'], ['身分證', '身份證', '身份证', 'id']);

/**
 * `A123456789`: an area letter and nine digits, the first the sex, the last a check (1 in 10 pass). A letter
 * and nine digits is also a part or an order number, so it counts only labelled.
 */
export const twNationalId = anchoredScannerRule({
  id: 'tw-national-id',
  title: 'Taiwan national identification number',
  category: 'pii',
  severity: 'high',
  confidence: 0.9,
  anchors: anchorsOf(TW_ID_LABELS),
  *scan(text) {
    // Read into locals once: a call or a yield inside the loop would otherwise make each be read again.
    const { count: runCount, starts: runStarts, ends: runEnds } = digitRuns(text);
    for (let r = 0; r < runCount; r++) {
      const s = runStarts[r]!;
      const e = runEnds[r]!;
      if (e - s !== 9 || !isUpper(at(text, s - 1)) || isWord(at(text, s - 2)) || isWord(at(text, e))) continue;
      if (!isTaiwanId(text.slice(s - 1, e)) || !labelled(text, s - 1, TW_ID_LABELS)) continue;
      yield { start: s - 1, end: e };
    }
  },
});
