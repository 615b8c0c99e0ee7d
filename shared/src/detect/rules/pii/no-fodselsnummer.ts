import { digitIdRule } from './scan/digit-id-rule';
import { labels } from './scan/label';
import { isFodselsnummer } from './validate/fodselsnummer';

/**
 * Eleven digits, a birth date and two check digits: Norwegian and other phone numbers have as many digits, so
 * it counts only labelled.
 */
export const noFodselsnummer = digitIdRule({
  id: 'no-fodselsnummer',
  title: 'Norwegian national identity number (fødselsnummer)',
  severity: 'high',
  shapes: [[11], [6, 5]],
  separators: ' ',
  valid: isFodselsnummer,
  labels: labels(['fødselsnummer', 'fodselsnummer', 'fnr', 'f nr', 'd nummer', 'personnummer', 'norwegian id'], ['nummer', 'nr', 'norwegian']),
  needsLabel: true,
  confidence: { labelled: 0.9 },
});
