import { digitIdRule } from './scan/digit-id-rule';
import { labels } from './scan/label';
import { isCanadianSin } from './validate/sin';

const DASH = 45;

/**
 * Nine Luhn-valid digits: 1 in 10 numbers of that length pass. Printed `287-654-321` the grouping is a SIN's;
 * spaced (`130 692 544`, how French and SI texts group an amount's thousands) or bare, only a label makes them one.
 */
export const caSin = digitIdRule({
  id: 'ca-sin',
  title: 'Canadian Social Insurance Number (SIN)',
  severity: 'high',
  shapes: [[3, 3, 3], [9]],
  separators: ' -',
  valid: isCanadianSin,
  labels: labels(['sin', 'sin number', 'sin no', 'sin#', 'social insurance', 'social insurance number', 'nas', 'assurance sociale'], ['sin', 'social', 'nas', 'assurance']),
  needsLabel: (found) => found.sep !== DASH,
  confidence: { labelled: 0.85, unlabelled: 0.7 },
});
