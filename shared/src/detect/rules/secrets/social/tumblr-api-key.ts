import { contextRule } from '../../../define';

/** Tumblr OAuth consumer key/secret or token: 50 base62 characters next to a Tumblr keyword. */
export const tumblrApiKey = contextRule({
  id: 'tumblr-api-key',
  title: 'Tumblr API key / secret',
  severity: 'high',
  confidence: 0.85,
  keywords: ['tumblr'],
  pattern: /[A-Za-z0-9]{50}/,
  minLength: 50,
  maxLength: 50,
  minEntropy: 4.5,
  requires: { digit: true, lower: true, upper: true },
});
