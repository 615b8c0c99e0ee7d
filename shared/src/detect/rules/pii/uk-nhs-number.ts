import { digitIdRule } from './scan/digit-id-rule';
import { labels } from './scan/label';
import { isNhsNumber } from './validate/nhs';

/** `943 476 5919`: the grouping of a US phone number, and a mod 11 check that 1 in 11 numbers pass: labelled only. */
export const ukNhsNumber = digitIdRule({
  id: 'uk-nhs-number',
  title: 'UK NHS number',
  severity: 'high',
  shapes: [[3, 3, 4], [10]],
  separators: ' -',
  valid: isNhsNumber,
  labels: labels(['nhs', 'nhs number', 'nhs no', 'nhs#', 'national health service', 'health service number'], ['nhs', 'health']),
  needsLabel: true,
  confidence: { labelled: 0.85 },
});
