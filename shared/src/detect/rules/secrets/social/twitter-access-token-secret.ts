import { contextRule } from '../../../define';

/** Twitter / X OAuth 1.0a access token secret: 45 base62 characters next to a Twitter keyword. */
export const twitterAccessTokenSecret = contextRule({
  id: 'twitter-access-token-secret',
  title: 'Twitter / X access token secret',
  severity: 'high',
  confidence: 0.85,
  keywords: ['twitter'],
  pattern: /[A-Za-z0-9]{45}/,
  minLength: 45,
  maxLength: 45,
  minEntropy: 4.3,
  requires: { digit: true, lower: true, upper: true },
});
