import { digitIdRule } from './scan/digit-id-rule';
import { labels } from './scan/label';
import { isMedicare } from './validate/medicare';

/**
 * Ten digits printed `2123 45670 1` as on the card (eleven with the person's number after it), with a mod 10
 * check that 1 in 10 numbers pass. The card's 4-5-1 grouping is a Medicare number's own, so printed that way
 * it stands on its own; ten or eleven bare digits need a label.
 */
export const auMedicare = digitIdRule({
  id: 'au-medicare',
  title: 'Australian Medicare card number',
  severity: 'high',
  shapes: [[4, 5, 1], [4, 5, 1, 1], [10], [11]],
  separators: ' -',
  valid: isMedicare,
  labels: labels(['medicare', 'medicare number', 'medicare no', 'medicare card', 'medicare card number'], ['medicare']),
  needsLabel: (found) => found.sep === -1,
  confidence: { labelled: 0.85, unlabelled: 0.75 },
});
