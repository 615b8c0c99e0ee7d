import { contextRule } from '../../../define';

/** Slack app signing secret or client secret: 32 hex characters next to a Slack secret keyword. */
export const slackAppSecret = contextRule({
  id: 'slack-app-secret',
  title: 'Slack signing / client secret',
  severity: 'high',
  confidence: 0.85,
  keywords: ['slack_signing', 'slack-signing', 'slack_client_secret', 'slack-client-secret', 'slack_secret', 'slack_app_secret'],
  pattern: /[a-f0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.3,
});
