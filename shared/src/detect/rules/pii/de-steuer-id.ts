import { digitIdRule } from './scan/digit-id-rule';
import { labels } from './scan/label';
import { isSteuerId } from './validate/steuer-id';

/** Eleven digits (`65 929 970 489` on letters) and a check digit that 1 in 10 numbers pass: labelled only. */
export const deSteuerId = digitIdRule({
  id: 'de-steuer-id',
  title: 'German tax identification number (Steuer-ID)',
  severity: 'high',
  shapes: [[11], [2, 3, 3, 3]],
  separators: ' ',
  valid: isSteuerId,
  labels: labels(
    ['steuer id', 'steuerid', 'steuer identifikationsnummer', 'steueridentifikationsnummer', 'steuerliche identifikationsnummer', 'identifikationsnummer', 'idnr', 'german tax id'],
    ['steuer', 'identifikation', 'idnr', 'german'],
  ),
  needsLabel: true,
  confidence: { labelled: 0.85 },
});
