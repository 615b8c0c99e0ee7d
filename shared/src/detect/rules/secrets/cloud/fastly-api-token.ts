import { contextRule } from '../../../define';

/** Fastly API token: 32 base64url characters next to a Fastly keyword. */
export const fastlyApiToken = contextRule({
  id: 'fastly-api-token',
  title: 'Fastly API token',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['fastly'],
  pattern: /[A-Za-z0-9_-]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 4,
  requires: { lower: true, upper: true },
});
