import { contextRule } from '../../../define';

/** Twitter / X OAuth 1.0a access token: numeric user id + `-` + 40 base62 characters, next to a Twitter keyword. */
export const twitterAccessToken = contextRule({
  id: 'twitter-access-token',
  title: 'Twitter / X access token',
  severity: 'high',
  confidence: 0.85,
  keywords: ['twitter'],
  pattern: /\d{6,20}-[A-Za-z0-9]{40}/,
  minLength: 47,
  maxLength: 61,
  minEntropy: 4,
});
