import { contextRule } from '../../../define';

/**
 * Sumo Logic access ID: `su` and 12 base62 characters next to a Sumo Logic keyword. It names the access key it
 * is paired with; the two together sign in, so a pasted pair leaks both halves.
 */
export const sumologicAccessId = contextRule({
  id: 'sumologic-access-id',
  title: 'Sumo Logic access ID',
  severity: 'medium',
  confidence: 0.7,
  keywords: ['sumologic', 'sumo_logic', 'sumo-logic', 'sumo_access'],
  pattern: /su[A-Za-z0-9]{12}/,
  minLength: 14,
  maxLength: 14,
  minEntropy: 3.2,
  requires: { digit: true, lower: true, upper: true },
});
