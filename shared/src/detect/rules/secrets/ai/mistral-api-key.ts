import { contextRule } from '../../../define';

/** Mistral AI API key: 32 base62 characters next to a Mistral keyword. */
export const mistralApiKey = contextRule({
  id: 'mistral-api-key',
  title: 'Mistral AI API key',
  severity: 'high',
  confidence: 0.85,
  keywords: ['mistral'],
  pattern: /[A-Za-z0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 4,
  requires: { digit: true, lower: true, upper: true },
});
