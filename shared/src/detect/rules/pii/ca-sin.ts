import { digitIdRule } from './scan/digit-id-rule';
import { labels } from './scan/label';
import { isCanadianSin } from './validate/sin';

/** Nine Luhn-valid digits: 1 in 10 numbers of that length pass, so only a label makes them a SIN. */
export const caSin = digitIdRule({
  id: 'ca-sin',
  title: 'Canadian Social Insurance Number (SIN)',
  severity: 'high',
  shapes: [[3, 3, 3], [9]],
  separators: ' -',
  valid: isCanadianSin,
  labels: labels(['sin', 'sin number', 'sin no', 'sin#', 'social insurance', 'social insurance number', 'nas', 'assurance sociale'], ['sin', 'social', 'nas', 'assurance']),
  needsLabel: true,
  confidence: { labelled: 0.85 },
});
