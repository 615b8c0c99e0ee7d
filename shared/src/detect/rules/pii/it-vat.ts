import { digitIdRule } from './scan/digit-id-rule';
import { labels } from './scan/label';
import { isPartitaIva } from './validate/partita-iva';

/**
 * Eleven digits with an office code and a Luhn check (about 1 in 100 numbers pass both): labelled only. A sole
 * trader's partita IVA is tied to the person, as their codice fiscale is.
 */
export const itVat = digitIdRule({
  id: 'it-vat',
  title: 'Italian VAT number (partita IVA)',
  severity: 'medium',
  shapes: [[11]],
  separators: '',
  valid: isPartitaIva,
  labels: labels(['partita iva', 'p iva', 'piva', 'codice iva', 'numero iva', 'vat', 'vat number', 'vat no', 'vat id'], ['iva', 'vat']),
  needsLabel: true,
  confidence: { labelled: 0.8 },
});
