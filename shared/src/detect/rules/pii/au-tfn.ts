import { digitIdRule } from './scan/digit-id-rule';
import { labels } from './scan/label';
import { isTfn } from './validate/tfn';

/** Eight or nine digits with a mod 11 check that 1 in 11 numbers pass: labelled only. */
export const auTfn = digitIdRule({
  id: 'au-tfn',
  title: 'Australian Tax File Number (TFN)',
  severity: 'high',
  shapes: [[3, 3, 3], [3, 3, 2], [9], [8]],
  separators: ' -',
  valid: isTfn,
  labels: labels(['tfn', 'tax file number', 'tax file no', 'tax file'], ['tfn', 'tax']),
  needsLabel: true,
  confidence: { labelled: 0.85 },
});
