import { digitIdRule } from './scan/digit-id-rule';
import { labels } from './scan/label';
import { isCpr } from './validate/cpr';

/** A birth date and four digits, no check since 2007: it counts only labelled. */
export const dkCpr = digitIdRule({
  id: 'dk-cpr',
  title: 'Danish CPR number',
  severity: 'high',
  shapes: [[6, 4], [10]],
  separators: '-',
  valid: isCpr,
  labels: labels(['cpr', 'cpr nr', 'cpr nummer', 'cpr number', 'cpr no'], ['cpr']),
  needsLabel: true,
  confidence: { labelled: 0.85 },
});
