import { anchoredScannerRule } from '../../define';
import { at, isDigit, isUpper, isWord } from './scan/chars';
import { digitRuns, digitsEnd } from './scan/digits';
import { anchorsOf, labelled, labels } from './scan/label';
import { isSvnr } from './validate/svnr';

const SVNR_LABELS = labels(
  ['sozialversicherungsnummer', 'rentenversicherungsnummer', 'versicherungsnummer', 'sv nummer', 'sv nr', 'svnr', 'rv nummer', 'rvnr', 'social insurance number'],
  ['nummer', 'nr', 'insurance'],
);

const SPACE = 32;

/** Past one space at `i`, or `i`. */
function pastSpace(text: string, i: number): number {
  return at(text, i) === SPACE ? i + 1 : i;
}

/**
 * `15 070649 C 103`: a German social insurance number, spaced as the card prints it or not. A birth date, the
 * birth name's initial and a check digit (1 in 10 pass): labelled only.
 */
export const deSvnr = anchoredScannerRule({
  id: 'de-svnr',
  title: 'German social insurance number (Sozialversicherungsnummer)',
  category: 'pii',
  severity: 'high',
  confidence: 0.9,
  anchors: anchorsOf(SVNR_LABELS),
  *scan(text) {
    // Read into locals once: a call or a yield inside the loop would otherwise make each be read again.
    const { count: runCount, starts: runStarts, ends: runEnds } = digitRuns(text);
    for (let r = 0; r < runCount; r++) {
      const s = runStarts[r]!;
      let e = runEnds[r]!;
      if (isWord(at(text, s - 1))) continue;
      // The area and the date: eight digits, or two and six with a space between.
      let head = text.slice(s, e);
      if (e - s === 2 && at(text, e) === SPACE && digitsEnd(text, e + 1) - e - 1 === 6) {
        head += text.slice(e + 1, e + 7);
        e += 7;
      } else if (e - s !== 8) {
        continue;
      }
      const letterAt = pastSpace(text, e);
      if (!isUpper(at(text, letterAt))) continue;
      const serialAt = pastSpace(text, letterAt + 1);
      const end = digitsEnd(text, serialAt);
      if (end - serialAt !== 3 || isWord(at(text, end)) || (at(text, end) === 46 && isDigit(at(text, end + 1)))) continue;
      if (!isSvnr(head + text[letterAt]! + text.slice(serialAt, end)) || !labelled(text, s, SVNR_LABELS)) continue;
      yield { start: s, end };
    }
  },
});
