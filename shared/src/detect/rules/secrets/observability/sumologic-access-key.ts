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
  validate: (value) => {
    const body = value.slice(0);
    return /[0-9]/.test(body) && /[a-z]/.test(body) && /[A-Z]/.test(body);
  },
});
