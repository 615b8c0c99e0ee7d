import { digitIdRule } from './scan/digit-id-rule';
import { labels } from './scan/label';
import { isTckn } from './validate/tckn';

/**
 * Eleven digits and two check digits: 1 in 100 numbers pass, and Turkish and Chinese mobile numbers have eleven
 * digits too, so it counts only labelled.
 */
export const trTckn = digitIdRule({
  id: 'tr-tckn',
  title: 'Turkish identity number (T.C. Kimlik No)',
  severity: 'high',
  shapes: [[11]],
  separators: '',
  valid: isTckn,
  labels: labels(
    ['tc kimlik', 'tc kimlik no', 't c kimlik no', 'kimlik no', 'kimlik numarası', 'kimlik numarasi', 'tckn', 'turkish id', 'turkish identity number'],
    ['kimlik', 'tckn', 'turkish'],
  ),
  needsLabel: true,
  confidence: { labelled: 0.9 },
});
