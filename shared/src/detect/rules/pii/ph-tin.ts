import { digitIdRule } from './scan/digit-id-rule';
import { labels } from './scan/label';
import { countsUpOrDown, oneRepeatedDigit } from './validate/weighted';

/** Nine digits and a branch code; there is no check digit, so only a placeholder can be told apart. */
function plausibleTin(digits: string): boolean {
  return !oneRepeatedDigit(digits) && !countsUpOrDown(digits.slice(0, 9));
}

/**
 * Philippine taxpayer identification number: `123-456-789` and a branch code (`-000` for the head office, or
 * five digits). No check digit: it counts labelled only.
 */
export const phTin = digitIdRule({
  id: 'ph-tin',
  title: 'Philippine taxpayer identification number (TIN)',
  severity: 'high',
  shapes: [[3, 3, 3, 3], [3, 3, 3, 5], [3, 3, 3], [12], [9]],
  separators: '- ',
  valid: plausibleTin,
  labels: labels(['tin', 'tin no', 'tin number', 'bir tin', 'taxpayer identification number', 'taxpayer tin'], ['tin', 'taxpayer']),
  needsLabel: true,
  confidence: { labelled: 0.8 },
});
