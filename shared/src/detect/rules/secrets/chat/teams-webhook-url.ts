import { regexRule } from '../../../define';

/** Microsoft Teams (Office 365 connector) incoming webhook: `<tenant>.webhook.office.com/webhookb2/<uuid>@<uuid>/IncomingWebhook/<hex32>/<uuid>[/<signature>]`. */
export const teamsWebhookUrl = regexRule({
  id: 'teams-webhook-url',
  anchors: ['webhook.office.com'],
  title: 'Microsoft Teams incoming webhook URL',
  severity: 'high',
  confidence: 0.95,
  pattern:
    /webhook\.office\.com\/webhookb2\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/IncomingWebhook\/[0-9a-f]{32}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:\/[A-Za-z0-9_-]{20,80})?/,
});
