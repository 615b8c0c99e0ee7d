import { contextRule } from '../../../define';

/** Reddit API client secret: 27 to 30 base64url characters next to a Reddit keyword. */
export const redditClientSecret = contextRule({
  id: 'reddit-client-secret',
  title: 'Reddit client secret',
  severity: 'high',
  confidence: 0.85,
  keywords: ['reddit', 'praw'],
  pattern: /[A-Za-z0-9_-]{27,30}/,
  minLength: 27,
  maxLength: 30,
  minEntropy: 4,
  requires: { digit: true, lower: true, upper: true },
});
