import { contextRule } from '../../../define';

/** Recurly private API key: 32 hex characters next to a Recurly keyword. */
export const recurlyApiKey = contextRule({
  id: 'recurly-api-key',
  title: 'Recurly API key',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['recurly'],
  pattern: /[a-f0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.3,
});
