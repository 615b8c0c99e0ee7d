import { contextRule } from '../../../define';

/** Mastodon access token: 43 base64url characters next to a Mastodon keyword. */
export const mastodonAccessToken = contextRule({
  id: 'mastodon-access-token',
  title: 'Mastodon access token',
  severity: 'high',
  confidence: 0.85,
  keywords: ['mastodon'],
  pattern: /[A-Za-z0-9_-]{43}/,
  minLength: 43,
  maxLength: 43,
  minEntropy: 4.2,
  requires: { digit: true, lower: true, upper: true },
});
