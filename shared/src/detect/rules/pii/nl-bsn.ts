import { digitIdRule } from './scan/digit-id-rule';
import { labels } from './scan/label';
import { isBsn } from './validate/bsn';

/** Nine digits (`1234.56.782` on some letters) and an elfproef that 1 in 11 numbers pass: labelled only. */
export const nlBsn = digitIdRule({
  id: 'nl-bsn',
  title: 'Dutch citizen service number (BSN)',
  severity: 'high',
  shapes: [[9], [4, 2, 3]],
  separators: '.',
  valid: isBsn,
  labels: labels(['bsn', 'bsn nummer', 'burgerservicenummer', 'burger service nummer', 'sofinummer', 'sofi nummer', 'citizen service number'], ['bsn', 'service', 'sofi']),
  needsLabel: true,
  confidence: { labelled: 0.85 },
});
