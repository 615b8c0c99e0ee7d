import { tokenRule } from '../../../define';

/** Teams workflow (Logic Apps) webhook URL `prod-NN.<region>.logic.azure.com/workflows/...`; the `sig` query parameter is the secret. */
export const teamsWorkflowWebhookUrl = tokenRule({
  id: 'teams-workflow-webhook-url',
  title: 'Teams / Power Automate workflow webhook signature',
  severity: 'high',
  confidence: 0.95,
  prefixes: ['//prod-', 'prod-'],
  pattern:
    /(?:\/\/)?prod-\d{2}\.[a-z0-9]+\.logic\.azure\.com(?::443)?\/workflows\/[0-9a-f]{32}\/triggers\/[A-Za-z0-9_.-]+\/paths\/invoke\?[^\s"'<>]{0,300}?sig=(?<secret>[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
});
