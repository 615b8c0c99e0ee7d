import { tokenRule } from '../../../define';

/** Slack app-level token: `xapp-1-` + app id + numeric id + 64 hex characters. */
export const slackAppToken = tokenRule({
  id: 'slack-app-token',
  title: 'Slack app-level token',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['xapp-'],
  pattern: /xapp-\d-[A-Z0-9]{9,12}-\d{10,14}-[a-f0-9]{64}(?![A-Za-z0-9])/,
});
