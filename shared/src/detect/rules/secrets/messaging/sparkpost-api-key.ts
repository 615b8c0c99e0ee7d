import { contextRule } from '../../../define';

/** SparkPost API key: 40 hex characters next to a SparkPost keyword. */
export const sparkpostApiKey = contextRule({
  id: 'sparkpost-api-key',
  title: 'SparkPost API key',
  severity: 'high',
  confidence: 0.85,
  keywords: ['sparkpost'],
  pattern: /[a-f0-9]{40}/,
  minLength: 40,
  maxLength: 40,
  minEntropy: 3.3,
});
