import { tokenRule } from '../../../define';
import { isSlackWebhookPath } from './slack-webhook-path';

const ISSUED = /^hooks\.slack\.com\/(?:workflows|triggers)\/T[A-Z0-9]{8,12}\/(?:A[A-Z0-9]{8,12}\/)?\d{12,20}\/[A-Za-z0-9]{24,32}$/;

/**
 * Slack Workflow Builder webhooks: `hooks.slack.com/workflows/T…/A…/<id>/<secret>` and
 * `hooks.slack.com/triggers/T…/<id>/<secret>`. A path of 43 to 56 base64 characters without that layout counts too
 * (see `isSlackWebhookPath`).
 */
export const slackWorkflowWebhookUrl = tokenRule({
  id: 'slack-workflow-webhook-url',
  title: 'Slack workflow webhook URL',
  severity: 'high',
  confidence: 0.99,
  prefixes: ['//hooks.slack.com/workflows/', '//hooks.slack.com/triggers/', 'hooks.slack.com/workflows/', 'hooks.slack.com/triggers/'],
  pattern:
    /(?:\/\/)?(?<secret>hooks\.slack\.com\/(?:workflows|triggers)\/(?:T[A-Z0-9]{8,12}\/(?:A[A-Z0-9]{8,12}\/)?\d{12,20}\/[A-Za-z0-9]{24,32}(?![A-Za-z0-9])|[A-Za-z0-9+/]{43,56}(?![A-Za-z0-9+/])))/,
  validate: (value) => isSlackWebhookPath(value, ISSUED),
});
