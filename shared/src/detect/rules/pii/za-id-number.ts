import { digitIdRule } from './scan/digit-id-rule';
import { labels } from './scan/label';
import { isZaIdNumber } from './validate/za-id';

/**
 * South African identity number: a birth date, a citizenship digit and a Luhn digit, which about 1 in 100
 * thirteen-digit numbers pass, a millisecond timestamp's length among them: labelled only.
 */
export const zaIdNumber = digitIdRule({
  id: 'za-id-number',
  title: 'South African identity number',
  severity: 'high',
  shapes: [[13], [6, 4, 3]],
  separators: ' ',
  valid: isZaIdNumber,
  labels: labels(
    ['south african id', 'south african id number', 'south african identity number', 'sa id', 'sa id number', 'rsa id', 'za id', 'id number', 'identity number', 'refugee id'],
    ['id', 'identity'],
  ),
  needsLabel: true,
  confidence: { labelled: 0.85 },
});
