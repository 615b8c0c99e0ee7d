import { tokenRule } from '../../../define';

/** Slack configuration refresh token: `xoxe-1-` followed by a long base62 body. */
export const slackConfigRefreshToken = tokenRule({
  id: 'slack-config-refresh-token',
  title: 'Slack configuration refresh token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['xoxe-'],
  pattern: /xoxe-\d-[A-Za-z0-9]{40,300}(?![A-Za-z0-9])/,
  validate: (value) => /[0-9]/.test(value.slice(7)) && /[A-Za-z]/.test(value.slice(7)),
});
