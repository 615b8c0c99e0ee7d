import { contextRule } from '../../../define';

/** Travis CI API token: 22 base64url characters next to a Travis keyword. */
export const travisCiToken = contextRule({
  id: 'travis-ci-token',
  title: 'Travis CI API token',
  severity: 'high',
  confidence: 0.8,
  keywords: ['travis'],
  pattern: /[A-Za-z0-9_-]{22}/,
  minLength: 22,
  maxLength: 22,
  minEntropy: 3.8,
  requires: { lower: true, upper: true },
});
