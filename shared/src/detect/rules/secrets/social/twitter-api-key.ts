import { contextRule } from '../../../define';

/** Twitter / X API (consumer) key: 25 base62 characters next to a Twitter keyword. */
export const twitterApiKey = contextRule({
  id: 'twitter-api-key',
  title: 'Twitter / X API key',
  severity: 'high',
  confidence: 0.85,
  keywords: ['twitter'],
  pattern: /[A-Za-z0-9]{25}/,
  minLength: 25,
  maxLength: 25,
  minEntropy: 3.8,
  requires: { digit: true, lower: true, upper: true },
});
