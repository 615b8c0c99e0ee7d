import { contextRule } from '../../../define';

/** Twitter / X API (consumer) secret or OAuth 2 client secret: 50 characters next to a Twitter keyword. */
export const twitterApiSecret = contextRule({
  id: 'twitter-api-secret',
  title: 'Twitter / X API secret',
  severity: 'high',
  confidence: 0.85,
  keywords: ['twitter'],
  pattern: /[A-Za-z0-9_-]{50}/,
  minLength: 50,
  maxLength: 50,
  minEntropy: 4.5,
  requires: { digit: true, lower: true, upper: true },
});
