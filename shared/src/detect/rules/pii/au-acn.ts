import { digitIdRule } from './scan/digit-id-rule';
import { labels } from './scan/label';
import { isAcn } from './validate/acn';

/**
 * Nine digits, printed `004 085 616`, with a mod 10 check that 1 in 10 numbers pass: labelled only. It names
 * a company, and a one-person company's is its owner's: low severity.
 */
export const auAcn = digitIdRule({
  id: 'au-acn',
  title: 'Australian Company Number (ACN)',
  severity: 'low',
  shapes: [[3, 3, 3], [9]],
  separators: ' ',
  valid: isAcn,
  labels: labels(['acn', 'australian company number', 'company acn'], ['acn', 'australian']),
  needsLabel: true,
  confidence: { labelled: 0.8 },
});
