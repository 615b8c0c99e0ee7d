import { scannerRule } from '../../define';
import { at, isDigit, isWord } from './scan/chars';
import { digitRuns } from './scan/digits';
import { labelled, labels } from './scan/label';
import { isChineseResidentId } from './validate/cn-ric';

const RIC_LABELS = labels(['身份证', '身份證', '公民身份号码', 'resident identity card', 'resident id', 'chinese id', 'china id', 'prc id', 'id card', 'id card no', 'id number']);

/**
 * `11010519491231002X`: a province's place code, the birth date, a sequence and a MOD 11-2 check (`X` for 10).
 * The layout and the check make it one on its own; a label raises the confidence.
 */
export const cnResidentId = scannerRule({
  id: 'cn-resident-id',
  title: 'Chinese Resident Identity Card number',
  category: 'pii',
  severity: 'high',
  confidence: 0.9,
  *scan(text) {
    // Read into locals once: a call or a yield inside the loop would otherwise make each be read again.
    const { count: runCount, starts: runStarts, ends: runEnds } = digitRuns(text);
    for (let r = 0; r < runCount; r++) {
      const s = runStarts[r]!;
      let e = runEnds[r]!;
      const length = e - s;
      // Eighteen digits, or seventeen and the check written `X` (or `x`).
      if (length === 17 && (at(text, e) === 88 || at(text, e) === 120)) e++;
      else if (length !== 18) continue;
      const before = at(text, s - 1);
      // Part of a word or a longer number (`v2.110105…`, `-…`, a decimal).
      if (isWord(before) || ((before === 46 || before === 45) && isDigit(at(text, s - 2))) || isWord(at(text, e))) continue;
      if (!isChineseResidentId(text.slice(s, e).toUpperCase())) continue;
      yield { start: s, end: e, confidence: labelled(text, s, RIC_LABELS) ? 0.95 : 0.85 };
    }
  },
});
