import { digitIdRule } from './scan/digit-id-rule';
import { labels } from './scan/label';
import { isOib } from './validate/oib';

/** Eleven digits and a MOD 11,10 check (1 in 10 pass): it counts only labelled. */
export const hrOib = digitIdRule({
  id: 'hr-oib',
  title: 'Croatian personal identification number (OIB)',
  severity: 'high',
  shapes: [[11]],
  separators: '',
  valid: isOib,
  labels: labels(['oib', 'osobni identifikacijski broj'], ['oib', 'identifikacijski']),
  needsLabel: true,
  confidence: { labelled: 0.9 },
});
