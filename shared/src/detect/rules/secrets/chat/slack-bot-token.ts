import { tokenRule } from '../../../define';

/** Slack bot token: `xoxb-` + workspace id + bot id + 24 base62 characters (legacy bot tokens omit one id). */
export const slackBotToken = tokenRule({
  id: 'slack-bot-token',
  title: 'Slack bot token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['xoxb-'],
  pattern: /xoxb-\d{8,14}-(?:\d{8,14}-)?[A-Za-z0-9]{24}(?![A-Za-z0-9])/,
});
