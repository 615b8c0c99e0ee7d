import { contextRule } from '../../../define';

/** Cohere API key: 40 base62 characters next to a Cohere keyword. */
export const cohereApiKey = contextRule({
  id: 'cohere-api-key',
  title: 'Cohere API key',
  severity: 'high',
  confidence: 0.85,
  keywords: ['cohere', 'co_api_key'],
  pattern: /[A-Za-z0-9]{40}/,
  minLength: 40,
  maxLength: 40,
  minEntropy: 4.2,
  requires: { digit: true, lower: true, upper: true },
});
