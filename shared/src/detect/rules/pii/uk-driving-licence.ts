import { scannerRule } from '../../define';
import { at, isLetter } from './scan/chars';
import { digitRuns } from './scan/digits';
import { labelled, labelledAfter, labels } from './scan/label';
import { oneCaseCodeAt } from './scan/one-case-code';
import { isUkDrivingLicence } from './validate/uk-driving-licence';

const LICENCE_LABELS = labels([
  'driving licence',
  'driving license',
  'driver s licence',
  'drivers licence',
  'driver licence',
  'driver number',
  'licence number',
  'licence no',
  'license number',
  'license no',
  'dvla',
]);
const LENGTH = 16;
/** Where the birth date's six digits end: the surname's padding 9s may run into them, an initial follows. */
const DATE_END = 11;
/**
 * Above the generic `drivers-license` rule's 0.6: under its labels both find the same span, and the layout and
 * date checked here name it more exactly. Unlabelled, or named only by DVLA, only this rule finds it.
 */
const CONFIDENCE = 0.7;

/**
 * `MORGA657054SM9IJ`: the surname, the birth date, the initials and check characters. The layout and the date
 * make it one on its own when written in capitals; in lower case it needs a label.
 */
export const ukDrivingLicence = scannerRule({
  id: 'uk-driving-licence',
  title: 'UK driving licence number',
  category: 'pii',
  severity: 'high',
  confidence: CONFIDENCE,
  *scan(text) {
    // Read into locals once: a call or a yield inside the loop would otherwise make each be read again.
    const { count: runCount, starts: runStarts, ends: runEnds } = digitRuns(text);
    for (let r = 0; r < runCount; r++) {
      const e = runEnds[r]!;
      const length = e - runStarts[r]!;
      // The date, and at most four 9s of a one-letter surname before it; the first initial after.
      if (length < 6 || length > 10 || !isLetter(at(text, e))) continue;
      const start = e - DATE_END;
      const candidate = oneCaseCodeAt(text, start, LENGTH);
      if (candidate === undefined || !isUkDrivingLicence(candidate)) continue;
      const upperCase = at(text, start) <= 90;
      if (!upperCase && !labelled(text, start, LICENCE_LABELS) && !labelledAfter(text, start + LENGTH, LICENCE_LABELS)) continue;
      yield { start, end: start + LENGTH };
    }
  },
});
