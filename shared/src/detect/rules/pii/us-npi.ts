import { digitIdRule } from './scan/digit-id-rule';
import { labels } from './scan/label';
import { isNpi } from './validate/npi';

/**
 * A health care provider's National Provider Identifier (`1234567893`): ten digits starting 1 or 2 with a Luhn
 * check that 1 in 10 numbers pass, printed like a phone number: labelled only.
 */
export const usNpi = digitIdRule({
  id: 'us-npi',
  title: 'US National Provider Identifier (NPI)',
  severity: 'medium',
  shapes: [[10], [4, 3, 3]],
  separators: ' -',
  valid: isNpi,
  labels: labels(['npi', 'npi number', 'npi no', 'npi#', 'national provider identifier', 'national provider id', 'provider identifier', 'provider id'], ['npi', 'provider']),
  needsLabel: true,
  confidence: { labelled: 0.85 },
});
