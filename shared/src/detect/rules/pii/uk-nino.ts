import { anchoredScannerRule } from '../../define';
import { at, isDigit, isLetter, isWord } from './scan/chars';
import { digitRuns, digitsEnd } from './scan/digits';
import { anchorsOf, labelled, labels } from './scan/label';
import { LabelRegions } from './scan/label-regions';
import { isNino } from './validate/nino';

const NINO_LABELS = labels(
  ['national insurance', 'national insurance number', 'national insurance no', 'nino', 'ni number', 'ni no', 'ni#', 'nat ins', 'insurance number'],
  ['insurance', 'nino', 'ni', 'nat'],
);

const SPACE = 32;

function isPrefix(text: string, i: number): boolean {
  return isLetter(at(text, i)) && isLetter(at(text, i + 1)) && !isWord(at(text, i - 1));
}

/** End of an optional suffix letter at `i` (after `sep`, -1 for none): `i` itself when there is none. */
function suffixEnd(text: string, i: number, sep: number): number {
  const at0 = sep === -1 ? i : i + 1;
  if ((sep === -1 || at(text, i) === sep) && isLetter(at(text, at0)) && !isWord(at(text, at0 + 1))) return at0 + 1;
  return isWord(at(text, i)) ? -1 : i;
}

/**
 * `AB123456C`, `AB 123456 C` or `AB 12 34 56 C`, in either case: two prefix letters, six digits, a suffix A–D.
 * No checksum, and the shape is common enough in codes and SKUs: a label is required, except for the grouping
 * HMRC prints, in capitals with its suffix (`JG 10 37 59 A`), which no code is written in.
 */
export const ukNino = anchoredScannerRule({
  id: 'uk-nino',
  title: 'UK National Insurance number',
  category: 'pii',
  severity: 'high',
  confidence: 0.7,
  // On every text, for the printed grouping; labels are read only where their anchors reach.
  anchors: anchorsOf(NINO_LABELS),
  runsWithoutAnchors: true,
  *scan(text, anchorStarts) {
    const regions = new LabelRegions(text, anchorStarts, NINO_LABELS);
    // Read into locals once: a call or a yield inside the loop would otherwise make each be read again.
    const { count: runCount, starts: runStarts, ends: runEnds } = digitRuns(text);
    for (let r = 0; r < runCount; r++) {
      const s = runStarts[r]!;
      const e = runEnds[r]!;
      let start: number;
      let end: number;
      let compact: string;
      let printed = false;
      if (e - s === 6 && isPrefix(text, s - 2)) {
        start = s - 2;
        end = suffixEnd(text, e, -1);
        compact = text.slice(start, end);
      } else if (e - s === 6 && at(text, s - 1) === SPACE && isPrefix(text, s - 3)) {
        // `AB 123456 C`, `AB 123456C`
        start = s - 3;
        end = suffixEnd(text, e, at(text, e) === SPACE ? SPACE : -1);
        compact = text.slice(start, end).replace(/ /g, '');
      } else if (e - s === 2 && at(text, s - 1) === SPACE && isPrefix(text, s - 3)) {
        // `AB 12 34 56 C`
        if (at(text, e) !== SPACE || digitsEnd(text, e + 1) !== e + 3 || at(text, e + 3) !== SPACE || digitsEnd(text, e + 4) !== e + 6) continue;
        start = s - 3;
        end = suffixEnd(text, e + 6, SPACE);
        compact = text.slice(start, end).replace(/ /g, '');
        printed = compact.length === 9 && compact === compact.toUpperCase();
      } else {
        continue;
      }
      if (end === -1 || isDigit(at(text, end))) continue;
      // In any case where a label names it (`nino: tw987654a`); unlabelled, only as HMRC prints it (`printed`).
      if (!isNino(compact.toUpperCase())) continue;
      if (regions.covers(start) && labelled(text, start, NINO_LABELS)) yield { start, end };
      else if (printed) yield { start, end, confidence: 0.6 };
    }
  },
});
