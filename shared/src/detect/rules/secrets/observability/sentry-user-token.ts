import { tokenRule } from '../../../define';

/** Sentry user auth token: `sntryu_` followed by 64 hex characters. */
export const sentryUserToken = tokenRule({
  id: 'sentry-user-token',
  title: 'Sentry user auth token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['sntryu_'],
  pattern: /sntryu_[a-f0-9]{64}(?![A-Za-z0-9])/,
});
