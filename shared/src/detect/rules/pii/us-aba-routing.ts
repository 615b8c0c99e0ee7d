import { scannerRule } from '../../define';
import { at, isDigit, isWord } from './scan/chars';
import { digitRuns, digitsEnd } from './scan/digits';
import { anchorsOf, labelled, labelledAfter, labels } from './scan/label';
import { isAbaRoutingNumber } from './validate/aba';

/** Nine digits with a weak checksum are everywhere; only a label makes them a routing number. */
const ROUTING_LABELS = labels(
  ['routing', 'routing number', 'routing no', 'aba', 'aba number', 'aba routing', 'rtn', 'routing transit', 'transit number', 'ach routing'],
  ['routing', 'aba', 'rtn', 'transit'],
);

export const usAbaRouting = scannerRule({
  id: 'us-aba-routing',
  title: 'US bank routing number (ABA)',
  category: 'pii',
  severity: 'medium',
  confidence: 0.8,
  anchors: anchorsOf(ROUTING_LABELS),
  *scan(text) {
    // Read into locals once: a call or a yield inside the loop would otherwise make each be read again.
    const { count: runCount, starts: runStarts, ends: runEnds } = digitRuns(text);
    for (let r = 0; r < runCount; r++) {
      const s = runStarts[r]!;
      let e = runEnds[r]!;
      let digits: string;
      if (e - s === 4 && at(text, e) === 45) {
        // `0711-0130-7`: the check digit apart, as some banks print it.
        if (digitsEnd(text, e + 1) !== e + 5 || at(text, e + 5) !== 45 || digitsEnd(text, e + 6) !== e + 7) continue;
        digits = text.slice(s, e) + text.slice(e + 1, e + 5) + text[e + 6]!;
        e += 7;
      } else if (e - s === 9) {
        digits = text.slice(s, e);
      } else {
        continue;
      }
      const prev = at(text, s - 1);
      const next = at(text, e);
      if (isWord(prev) || isWord(next) || ((prev === 45 || prev === 46) && isDigit(at(text, s - 2)))) continue;
      if ((next === 45 || next === 46) && isDigit(at(text, e + 1))) continue;
      if (isAbaRoutingNumber(digits) && (labelled(text, s, ROUTING_LABELS) || labelledAfter(text, e, ROUTING_LABELS))) yield { start: s, end: e };
    }
  },
});
