import { regexRule } from '../../../define';

/**
 * Microsoft Teams (Office 365 connector) incoming webhook: `<tenant>.webhook.office.com/webhookb2/<uuid>@<uuid>/
 * IncomingWebhook/<hex32>/<uuid>[/<signature>]`, and the older form on `outlook.office.com/webhook/` (or
 * `outlook.office365.com`), which connectors created before 2021 still use. Microsoft writes the ids in hex; other
 * scanners' patterns (`[a-z0-9]{8}-…`) take any lowercase letters and digits there, and so does this: the path is
 * Teams' alone.
 */
export const teamsWebhookUrl = regexRule({
  id: 'teams-webhook-url',
  anchors: ['webhook.office.com', 'outlook.office'],
  title: 'Microsoft Teams incoming webhook URL',
  severity: 'high',
  confidence: 0.95,
  pattern:
    /(?:webhook\.office\.com\/webhookb2|outlook\.office(?:365)?\.com\/webhook)\/[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}@[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}\/IncomingWebhook\/[0-9a-z]{32}\/[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}(?:\/[A-Za-z0-9_-]{20,80})?/,
});
