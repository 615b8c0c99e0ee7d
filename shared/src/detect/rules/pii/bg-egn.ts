import { digitIdRule } from './scan/digit-id-rule';
import { labels } from './scan/label';
import { isEgn } from './validate/egn';

/** Ten digits, a birth date and a check digit (1 in 11 pass): it counts only labelled. */
export const bgEgn = digitIdRule({
  id: 'bg-egn',
  title: 'Bulgarian unified civil number (EGN)',
  severity: 'high',
  shapes: [[10]],
  separators: '',
  valid: isEgn,
  labels: labels(['egn', 'bulgarian id'], ['egn', 'bulgarian']),
  needsLabel: true,
  confidence: { labelled: 0.9 },
});
