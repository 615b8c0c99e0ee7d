import { contextRule } from '../../../define';

/** Rollbar access token: 32 hex characters next to a Rollbar keyword. */
export const rollbarAccessToken = contextRule({
  id: 'rollbar-access-token',
  title: 'Rollbar access token',
  severity: 'high',
  confidence: 0.85,
  keywords: ['rollbar'],
  pattern: /[a-f0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.3,
});
