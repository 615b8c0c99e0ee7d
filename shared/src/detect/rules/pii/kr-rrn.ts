import { digitIdRule } from './scan/digit-id-rule';
import { labels } from './scan/label';
import { isKoreanRrn } from './validate/rrn';

/**
 * `YYMMDD-SNNNNNC`: the dash, a birth date, a sex and century digit and a check digit make it an RRN on its
 * own; thirteen bare digits (the length of a millisecond timestamp) need a label.
 */
export const krRrn = digitIdRule({
  id: 'kr-rrn',
  title: 'South Korean resident registration number',
  severity: 'high',
  shapes: [[6, 7], [13]],
  separators: '-',
  valid: isKoreanRrn,
  labels: labels(['rrn', 'resident registration', 'resident registration number', 'resident number', '주민등록번호', '주민번호', 'jumin']),
  needsLabel: (found) => found.sep === -1,
  confidence: { labelled: 0.95, unlabelled: 0.85 },
});
