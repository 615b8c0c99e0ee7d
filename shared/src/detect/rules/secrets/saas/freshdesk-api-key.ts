import { contextRule } from '../../../define';

/** Freshdesk API key: 20 base62 characters next to a Freshdesk keyword. */
export const freshdeskApiKey = contextRule({
  id: 'freshdesk-api-key',
  title: 'Freshdesk API key',
  severity: 'high',
  confidence: 0.85,
  keywords: ['freshdesk'],
  pattern: /[A-Za-z0-9]{20}/,
  minLength: 20,
  maxLength: 20,
  minEntropy: 3.7,
  requires: { digit: true, lower: true, upper: true },
});
