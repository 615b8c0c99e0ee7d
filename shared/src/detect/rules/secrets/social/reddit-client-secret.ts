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
  validate: (value) => {
    const body = value.slice(0);
    return /[0-9]/.test(body) && /[a-z]/.test(body) && /[A-Z]/.test(body);
  },
});
