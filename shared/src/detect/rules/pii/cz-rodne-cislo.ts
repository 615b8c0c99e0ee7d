import { anchoredScannerRule } from '../../define';
import { at, isDigit, isWord } from './scan/chars';
import { digitRuns, digitsEnd } from './scan/digits';
import { anchorsOf, labelled, labels } from './scan/label';
import { isRodneCislo } from './validate/rodne-cislo';

const RC_LABELS = labels(['rodné číslo', 'rodne cislo', 'rodné čislo', 'rodného čísla', 'rodneho cisla', 'birth number'], ['rodn', 'birth']);

const SLASH = 47;

/**
 * `736028/5163`: a Czech or Slovak birth number, its date and the rest parted by a slash as it is written, or
 * bare. A date and a check modulo 11: labelled only, as dates and ratios are written so too.
 */
export const czRodneCislo = anchoredScannerRule({
  id: 'cz-rodne-cislo',
  title: 'Czech or Slovak birth number (rodné číslo)',
  category: 'pii',
  severity: 'high',
  confidence: 0.9,
  anchors: anchorsOf(RC_LABELS),
  *scan(text) {
    // Read into locals once: a call or a yield inside the loop would otherwise make each be read again.
    const { count: runCount, starts: runStarts, ends: runEnds } = digitRuns(text);
    for (let r = 0; r < runCount; r++) {
      const s = runStarts[r]!;
      const e = runEnds[r]!;
      const before = at(text, s - 1);
      if (isWord(before) || (before === SLASH && isDigit(at(text, s - 2)))) continue;
      let digits: string;
      let end: number;
      if (e - s === 6 && at(text, e) === SLASH) {
        end = digitsEnd(text, e + 1);
        if (end - e - 1 !== 3 && end - e - 1 !== 4) continue;
        digits = text.slice(s, e) + text.slice(e + 1, end);
      } else if (e - s === 9 || e - s === 10) {
        end = e;
        digits = text.slice(s, e);
      } else {
        continue;
      }
      if (isWord(at(text, end)) || at(text, end) === SLASH || !isRodneCislo(digits) || !labelled(text, s, RC_LABELS)) continue;
      yield { start: s, end };
    }
  },
});
