import { contextRule } from '../../../define';

/** Confluent Cloud API secret: 64 base64 characters next to a Confluent keyword. */
export const confluentApiSecret = contextRule({
  id: 'confluent-api-secret',
  title: 'Confluent Cloud API secret',
  severity: 'critical',
  confidence: 0.8,
  keywords: ['confluent'],
  pattern: /[A-Za-z0-9+/]{64}/,
  minLength: 64,
  maxLength: 64,
  minEntropy: 4.5,
  requires: { lower: true, upper: true },
});
