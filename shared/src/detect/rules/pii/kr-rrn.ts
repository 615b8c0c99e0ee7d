import { digitIdRule } from './scan/digit-id-rule';
import type { GroupedNumber } from './scan/grouped';
import { labels } from './scan/label';
import { checkDigitHolds, isKoreanRrn } from './validate/rrn';

/** Bare digits, and a foreign resident's number (sex digit 5 to 8) whose check digit does not hold. */
function needsLabel(found: GroupedNumber): boolean {
  if (found.sep === -1) return true;
  const digits = found.digits();
  return digits.charCodeAt(6) >= 53 && !checkDigitHolds(digits);
}

/**
 * `YYMMDD-SNNNNNN`: the dash, a birth date and a sex and century digit make it an RRN on its own (the check
 * digit of older numbers is not asked for: numbers issued since October 2020 have none); thirteen bare digits
 * (the length of a millisecond timestamp) need a label. So does a foreign resident's number without a check
 * digit that holds: rarer than a citizen's, it is the weaker guess.
 */
export const krRrn = digitIdRule({
  id: 'kr-rrn',
  title: 'South Korean resident registration number',
  severity: 'high',
  shapes: [[6, 7], [13]],
  separators: '-',
  valid: isKoreanRrn,
  labels: labels([
    'rrn',
    'resident registration',
    'resident registration number',
    'resident number',
    '주민등록번호',
    '주민번호',
    'jumin',
    'frn',
    'foreign registration number',
    'foreigner registration number',
    'alien registration number',
    '외국인등록번호',
  ]),
  needsLabel,
  confidence: { labelled: 0.95, unlabelled: 0.85 },
});
