import { tokenRule } from '../../../define';

/** Slack user token: `xoxp-` (or `xoxe-`, as file URLs carry it in `?t=`) + three numeric ids + 32 hex characters. */
export const slackUserToken = tokenRule({
  id: 'slack-user-token',
  title: 'Slack user token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['xoxp-', 'xoxe-'],
  pattern: /xox[pe]-\d{8,14}-\d{8,14}-\d{8,14}-[a-f0-9]{32}(?![A-Za-z0-9])/,
});
