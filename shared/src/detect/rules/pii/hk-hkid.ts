import { anchoredScannerRule } from '../../define';
import { at, isDigit, isUpper, isWord } from './scan/chars';
import { digitRuns } from './scan/digits';
import { anchorsOf, labelled, labels } from './scan/label';
import { isHkid } from './validate/hkid';

const HKID_LABELS = labels(
  ['hkid', 'hkid no', 'hk id', 'hong kong id', 'hong kong identity card', 'identity card', 'id card', 'id no', '香港身份證', '身份證', '身份证'],
  ['id', '身份證', '身份证'],
);

const OPEN = 40;
const CLOSE = 41;

/**
 * `A123456(3)`: one or two letters, six digits and a check digit (or `A`), the check in brackets as the card
 * prints it or glued on. One number in eleven passes the check, and a letter with digits is common in codes,
 * so it counts only labelled.
 */
export const hkHkid = anchoredScannerRule({
  id: 'hk-hkid',
  title: 'Hong Kong identity card number',
  category: 'pii',
  severity: 'high',
  confidence: 0.9,
  anchors: anchorsOf(HKID_LABELS),
  *scan(text) {
    // Read into locals once: a call or a yield inside the loop would otherwise make each be read again.
    const { count: runCount, starts: runStarts, ends: runEnds } = digitRuns(text);
    for (let r = 0; r < runCount; r++) {
      const s = runStarts[r]!;
      const e = runEnds[r]!;
      if (!isUpper(at(text, s - 1))) continue;
      const letters = isUpper(at(text, s - 2)) ? 2 : 1;
      const start = s - letters;
      if (isWord(at(text, start - 1))) continue;
      let check: number;
      let end: number;
      if (e - s === 6 && at(text, e) === OPEN && at(text, e + 2) === CLOSE) {
        check = at(text, e + 1);
        end = e + 3;
      } else if (e - s === 7 || (e - s === 6 && at(text, e) === 65)) {
        check = at(text, e - s === 7 ? e - 1 : e);
        end = e - s === 7 ? e : e + 1;
      } else {
        continue;
      }
      if ((!isDigit(check) && check !== 65) || isWord(at(text, end))) continue;
      if (!isHkid(text.slice(start, s + 6) + String.fromCharCode(check))) continue;
      if (!labelled(text, start, HKID_LABELS)) continue;
      yield { start, end };
    }
  },
});
