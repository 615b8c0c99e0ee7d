import { contextRule } from '../../../define';

/** Zendesk API token: 40 base62 characters next to a Zendesk keyword. */
export const zendeskApiToken = contextRule({
  id: 'zendesk-api-token',
  title: 'Zendesk API token',
  severity: 'high',
  confidence: 0.85,
  keywords: ['zendesk'],
  pattern: /[A-Za-z0-9]{40}/,
  minLength: 40,
  maxLength: 40,
  minEntropy: 4.2,
  requires: { digit: true, lower: true, upper: true },
});
