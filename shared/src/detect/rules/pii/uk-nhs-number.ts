import { digitIdRule } from './scan/digit-id-rule';
import { labels } from './scan/label';
import { isNhsNumber } from './validate/nhs';

/**
 * A grouped number that a North American phone number could be: area code and exchange each start 2–9 (the
 * phone rules read those).
 */
function couldBeNanpPhone(digits: string): boolean {
  return digits.charCodeAt(0) >= 50 && digits.charCodeAt(3) >= 50;
}

/**
 * `943 476 5919`: the grouping of a US phone number, and a mod 11 check that 1 in 11 numbers pass. Grouped so
 * that no phone number could be it (`401-023-2137`: no exchange starts with 0 or 1), it stands on its own;
 * otherwise, and bare, it needs a label.
 */
export const ukNhsNumber = digitIdRule({
  id: 'uk-nhs-number',
  title: 'UK NHS number',
  severity: 'high',
  shapes: [[3, 3, 4], [10]],
  separators: ' -',
  valid: isNhsNumber,
  labels: labels(['nhs', 'nhs number', 'nhs no', 'nhs#', 'national health service', 'health service number'], ['nhs', 'health']),
  needsLabel: (found) => found.sep === -1 || couldBeNanpPhone(found.digits()),
  confidence: { labelled: 0.85, unlabelled: 0.7 },
});
