import { tokenRule } from '../../../define';

/** Slack bot token: `xoxb-` + workspace id + bot id + 24 base62 characters; legacy bot tokens omit one id and hold 18 to 26. */
export const slackBotToken = tokenRule({
  id: 'slack-bot-token',
  title: 'Slack bot token',
  severity: 'critical',
  confidence: 0.99,
  prefixes: ['xoxb-'],
  pattern: /xoxb-\d{8,14}-(?:\d{8,14}-[A-Za-z0-9]{24}|[A-Za-z0-9]{18,26})(?![A-Za-z0-9])/,
  // A legacy token's characters hold letters: digits alone are the next id of a modern token cut short.
  validate: (value) => /[A-Za-z]/.test(value.slice(value.lastIndexOf('-') + 1)),
});
