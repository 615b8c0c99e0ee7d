import { regexRule } from '../../../define';

/** Teams workflow (Logic Apps / Power Automate) webhook URL; the `sig` query parameter is the secret. */
export const teamsWorkflowWebhookUrl = regexRule({
  id: 'teams-workflow-webhook-url',
  title: 'Teams / Power Automate workflow webhook signature',
  severity: 'high',
  confidence: 0.95,
  pattern: /logic\.azure\.com(?::443)?\/workflows\/[0-9a-f]{32}\/triggers\/[A-Za-z0-9_.-]+\/paths\/invoke\?[^\s"'<>]{0,300}?sig=(?<secret>[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
});
