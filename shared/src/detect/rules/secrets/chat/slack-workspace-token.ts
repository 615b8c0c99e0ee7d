import { tokenRule } from '../../../define';

/** Slack workspace app access (`xoxa-`) and refresh (`xoxr-`) tokens. */
export const slackWorkspaceToken = tokenRule({
  id: 'slack-workspace-token',
  title: 'Slack workspace access/refresh token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['xoxa-', 'xoxr-'],
  pattern: /xox[ar]-\d+-[A-Za-z0-9-]{30,250}(?![A-Za-z0-9])/,
});
