import { contextRule } from '../../../define';

/** PagerDuty Events integration (routing) key: 32 hex characters next to a PagerDuty keyword. */
export const pagerdutyIntegrationKey = contextRule({
  id: 'pagerduty-integration-key',
  title: 'PagerDuty integration / routing key',
  severity: 'high',
  confidence: 0.85,
  keywords: ['pagerduty_integration', 'pagerduty_routing', 'pagerduty_service_key', 'pagerduty_key', 'pagerduty-integration', 'pagerduty-routing', 'routing_key'],
  pattern: /[a-f0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.3,
});
