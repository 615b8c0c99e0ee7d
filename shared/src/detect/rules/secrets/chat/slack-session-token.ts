import { tokenRule } from '../../../define';

/** Slack web client session token: `xoxc-` + three numeric ids + 64 hex characters. */
export const slackSessionToken = tokenRule({
  id: 'slack-session-token',
  title: 'Slack client session token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['xoxc-'],
  pattern: /xoxc-\d{8,14}-\d{8,14}-\d{8,14}-[a-f0-9]{64}(?![A-Za-z0-9])/,
});
