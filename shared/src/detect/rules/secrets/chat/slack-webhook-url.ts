import { tokenRule } from '../../../define';
import { isSlackWebhookPath } from './slack-webhook-path';

const ISSUED = /^hooks\.slack\.com\/services\/T[A-Z0-9]{6,12}\/B[A-Z0-9]{6,12}\/[A-Za-z0-9]{24}$/;

/**
 * Slack incoming webhook: `hooks.slack.com/services/T…/B…/` + 24 base62 characters. After `https:` the token starts
 * with `//hooks.slack.com`. Older workspaces' ids are shorter (`T024TTTTT/BBB72BBL`): the 24 characters are the secret.
 * A path of 43 to 56 base64 characters without that layout counts too (see `isSlackWebhookPath`).
 */
export const slackWebhookUrl = tokenRule({
  id: 'slack-webhook-url',
  title: 'Slack incoming webhook URL',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['//hooks.slack.com/services/', 'hooks.slack.com/services/'],
  pattern: /(?:\/\/)?(?<secret>hooks\.slack\.com\/services\/(?:T[A-Z0-9]{6,12}\/B[A-Z0-9]{6,12}\/[A-Za-z0-9]{24}(?![A-Za-z0-9])|[A-Za-z0-9+/]{43,56}(?![A-Za-z0-9+/])))/,
  validate: (value) => isSlackWebhookPath(value, ISSUED),
});
