import { contextRule } from '../../../define';

/** PagerDuty REST API key: 20 characters next to a PagerDuty keyword. */
export const pagerdutyApiKey = contextRule({
  id: 'pagerduty-api-key',
  title: 'PagerDuty API key',
  severity: 'high',
  confidence: 0.85,
  keywords: ['pagerduty', 'pager_duty'],
  pattern: /[A-Za-z0-9_+-]{20}/,
  minLength: 20,
  maxLength: 20,
  minEntropy: 3.7,
  requires: { digit: true, lower: true, upper: true },
});
