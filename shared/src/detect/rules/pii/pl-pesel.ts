import { digitIdRule } from './scan/digit-id-rule';
import { labels } from './scan/label';
import { isPesel } from './validate/pesel';

/**
 * Eleven digits that start with a birth date and end in a check digit: under 1 in 100 random numbers pass
 * both, and no common eleven-digit number (mobile numbers, timestamps) starts with a date, so the number
 * counts on its own.
 */
export const plPesel = digitIdRule({
  id: 'pl-pesel',
  title: 'Polish PESEL number',
  severity: 'high',
  shapes: [[11]],
  separators: '',
  valid: isPesel,
  labels: labels(['pesel', 'numer pesel', 'nr pesel']),
  needsLabel: () => false,
  confidence: { labelled: 0.9, unlabelled: 0.7 },
});
