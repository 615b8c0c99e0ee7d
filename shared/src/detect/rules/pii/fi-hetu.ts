import { scannerRule } from '../../define';
import { at, isDigit, isUpper, isWord } from './scan/chars';
import { digitRuns } from './scan/digits';
import { labelled, labels } from './scan/label';
import { isFinnishHetu } from './validate/hetu';

const HETU_LABELS = labels(['hetu', 'henkilötunnus', 'henkilotunnus', 'henkilöturvatunnus', 'personal identity code', 'sotu', 'finnish id']);

/** `131052-308T`: a date, a century sign, an individual number and a mod 31 check character. */
export const fiHetu = scannerRule({
  id: 'fi-hetu',
  title: 'Finnish personal identity code (HETU)',
  category: 'pii',
  severity: 'high',
  confidence: 0.85,
  *scan(text) {
    // Read into locals once: a call or a yield inside the loop would otherwise make each be read again.
    const { count: runCount, starts: runStarts, ends: runEnds } = digitRuns(text);
    for (let r = 0; r < runCount; r++) {
      const s = runStarts[r]!;
      const e = runEnds[r]!;
      if (e - s !== 6) continue;
      const prev = at(text, s - 1);
      if (isWord(prev) || prev === 46 || prev === 43 || ((prev === 45 || prev === 47) && isDigit(at(text, s - 2)))) continue;
      const end = e + 5;
      const check = at(text, end - 1);
      if (!(isDigit(check) || isUpper(check)) || isWord(at(text, end))) continue;
      // The validator checks the century sign and the individual number's digits.
      if (!isFinnishHetu(text.slice(s, end))) continue;
      yield { start: s, end, confidence: labelled(text, s, HETU_LABELS) ? 0.95 : 0.85 };
    }
  },
});
