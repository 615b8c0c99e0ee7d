import { tokenRule } from '../../../define';

/** Slack configuration refresh token: `xoxe-1-` followed by a long base62 body. */
export const slackConfigRefreshToken = tokenRule({
  id: 'slack-config-refresh-token',
  title: 'Slack configuration refresh token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['xoxe-'],
  pattern: /xoxe-\d-[A-Za-z0-9]{130,250}(?![A-Za-z0-9])/,
});
