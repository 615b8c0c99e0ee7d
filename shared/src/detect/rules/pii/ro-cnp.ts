import { digitIdRule } from './scan/digit-id-rule';
import { labels } from './scan/label';
import { isRomanianCnp } from './validate/cnp';

/**
 * Thirteen digits with a birth date, a county and a check digit: the check passes 1 in 11, and a millisecond
 * timestamp has thirteen digits too, so it counts only labelled.
 */
export const roCnp = digitIdRule({
  id: 'ro-cnp',
  title: 'Romanian personal numeric code (CNP)',
  severity: 'high',
  shapes: [[13]],
  separators: '',
  valid: isRomanianCnp,
  labels: labels(['cnp', 'cod numeric personal', 'codul numeric personal', 'romanian id'], ['cnp', 'numeric', 'romanian']),
  needsLabel: true,
  confidence: { labelled: 0.9 },
});
