import { scannerRule } from '../../define';
import { at, isLetter, isWord } from './scan/chars';
import { digitRuns } from './scan/digits';
import { labelled, labelledAfter, labels } from './scan/label';
import { gstinCheckHolds, isGstinLayout } from './validate/gstin';

// `gst` names `GST number`, `GST no.`, `GST registration` and `GSTIN/UIN` too: a keyword matches whole words.
const GSTIN_LABELS = labels(['gstin', 'gstn', 'gst', 'gstno', 'goods and services tax']);
const LENGTH = 15;

/**
 * `27AAPFU0939F1ZV`: a state code, the holder's PAN, a registration count, `Z` and a mod-36 check character.
 * With its check it counts on its own in capitals; a failed check (made-up test values often fail) or lower
 * case needs a label. The PAN inside has a digit glued to each end, so `in-pan` leaves it to this rule.
 */
export const inGstin = scannerRule({
  id: 'in-gstin',
  title: 'Indian GST identification number (GSTIN)',
  category: 'pii',
  // A business's tax number, printed on every invoice it issues; a sole proprietor's holds their PAN.
  severity: 'medium',
  confidence: 0.9,
  *scan(text) {
    // Read into locals once: a call or a yield inside the loop would otherwise make each be read again.
    const { count: runCount, starts: runStarts, ends: runEnds } = digitRuns(text);
    for (let r = 0; r < runCount; r++) {
      const start = runStarts[r]!;
      // The state code: two digits starting the token, the PAN's first letter after.
      if (runEnds[r]! - start !== 2 || !isLetter(at(text, start + 2)) || isWord(at(text, start - 1)) || isWord(at(text, start + LENGTH))) continue;
      const raw = text.slice(start, start + LENGTH);
      const upperCase = /^[0-9A-Z]+$/.test(raw);
      if (!upperCase && !/^[0-9a-z]+$/.test(raw)) continue;
      const value = raw.toUpperCase();
      if (!isGstinLayout(value)) continue;
      const named = labelled(text, start, GSTIN_LABELS) || labelledAfter(text, start + LENGTH, GSTIN_LABELS);
      const checked = gstinCheckHolds(value);
      if (!named && !(upperCase && checked)) continue;
      yield { start, end: start + LENGTH, confidence: named ? (checked ? 0.95 : 0.8) : 0.9 };
    }
  },
});
