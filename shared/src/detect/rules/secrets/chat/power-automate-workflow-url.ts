import { regexRule } from '../../../define';

/**
 * A Teams or Power Automate workflow's HTTP trigger on the Power Platform host that replaced Logic Apps' for
 * Teams webhooks: `<environment>.environment.api.powerplatform.com/powerautomate/automations/direct/workflows/
 * <id>/triggers/manual/paths/invoke?…&sig=…`. The `sig` query parameter is the secret: anyone holding the URL
 * can post. (The Logic Apps host is `teams-workflow-webhook-url`.)
 */
export const powerAutomateWorkflowUrl = regexRule({
  id: 'power-automate-workflow-url',
  anchors: ['environment.api.powerplatform.com'],
  title: 'Teams / Power Automate workflow webhook signature',
  severity: 'high',
  confidence: 0.95,
  pattern:
    /environment\.api\.powerplatform\.com(?::443)?\/powerautomate\/automations\/direct\/workflows\/[0-9a-f]{32}\/triggers\/[A-Za-z0-9_.-]{1,64}\/paths\/invoke\?(?:[^\s"'<>?#]{0,300}?&)?sig=(?<secret>[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
});
