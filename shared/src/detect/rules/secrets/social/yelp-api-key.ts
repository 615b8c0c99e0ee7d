import { contextRule } from '../../../define';

/** Yelp Fusion API key: 128 base64url characters next to a Yelp keyword. */
export const yelpApiKey = contextRule({
  id: 'yelp-api-key',
  title: 'Yelp API key',
  severity: 'high',
  confidence: 0.85,
  keywords: ['yelp'],
  pattern: /[A-Za-z0-9_-]{128}/,
  minLength: 128,
  maxLength: 128,
  minEntropy: 4.5,
});
