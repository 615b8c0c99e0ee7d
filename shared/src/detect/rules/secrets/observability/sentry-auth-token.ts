import { contextRule } from '../../../define';

/** Legacy Sentry auth token: 64 hex characters next to a Sentry keyword. */
export const sentryAuthToken = contextRule({
  id: 'sentry-auth-token',
  title: 'Sentry auth token (legacy)',
  severity: 'high',
  confidence: 0.85,
  keywords: ['sentry'],
  pattern: /[a-f0-9]{64}/,
  minLength: 64,
  maxLength: 64,
  minEntropy: 3.3,
});
