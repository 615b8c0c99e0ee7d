import { contextRule } from '../../../define';

/** Sumo Logic access key: 64 base62 characters next to a Sumo Logic keyword. */
export const sumologicAccessKey = contextRule({
  id: 'sumologic-access-key',
  title: 'Sumo Logic access key',
  severity: 'high',
  confidence: 0.85,
  keywords: ['sumologic', 'sumo_logic', 'sumo-logic', 'sumo_access'],
  pattern: /[A-Za-z0-9]{64}/,
  minLength: 64,
  maxLength: 64,
  minEntropy: 4.5,
  requires: { digit: true, lower: true, upper: true },
});
