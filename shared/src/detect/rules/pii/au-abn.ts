import { digitIdRule } from './scan/digit-id-rule';
import { labels } from './scan/label';
import { isAbn } from './validate/abn';

/**
 * Eleven digits with a mod 89 check (1 in 89 numbers pass). Printed `51 824 753 556` it is an ABN on its
 * own; eleven bare digits need a label.
 */
export const auAbn = digitIdRule({
  id: 'au-abn',
  title: 'Australian Business Number (ABN)',
  severity: 'medium',
  shapes: [[2, 3, 3, 3], [11]],
  separators: ' ',
  valid: isAbn,
  labels: labels(['abn', 'australian business number', 'business number']),
  needsLabel: (found) => found.sep === -1,
  confidence: { labelled: 0.9, unlabelled: 0.75 },
});
