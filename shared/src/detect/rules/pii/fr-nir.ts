import { digitIdRule } from './scan/digit-id-rule';
import { labels } from './scan/label';
import { isNir } from './validate/nir';

/** How long the number is printed as the carte Vitale prints it: `1 84 12 76 451 089 46`. */
const CARD_PRINTING = 21;

/**
 * Fifteen digits with a key modulo 97. Printed in the card's seven groups it is the NIR and nothing else; bare or
 * with only the key apart, it needs a label.
 */
export const frNir = digitIdRule({
  id: 'fr-nir',
  title: 'French social security number (NIR)',
  severity: 'high',
  shapes: [[15], [13, 2], [1, 2, 2, 2, 3, 3, 2]],
  separators: ' ',
  valid: isNir,
  labels: labels(
    [
      'nir',
      'numéro de sécurité sociale',
      'numero de securite sociale',
      'sécurité sociale',
      'securite sociale',
      'numéro insee',
      'numero insee',
      'insee',
      'french social security number',
    ],
    ['nir', 'curit', 'insee'],
  ),
  needsLabel: (found) => found.end - found.start !== CARD_PRINTING,
  confidence: { labelled: 0.9, unlabelled: 0.8 },
});
