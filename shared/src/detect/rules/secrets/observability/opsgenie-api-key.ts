import { contextRule } from '../../../define';

/** Opsgenie API key: a UUID next to an Opsgenie key keyword (alert ids are UUIDs too, so not the bare product name). */
export const opsgenieApiKey = contextRule({
  id: 'opsgenie-api-key',
  title: 'Opsgenie API key',
  severity: 'high',
  confidence: 0.85,
  keywords: ['opsgenie_api', 'opsgenie_key', 'opsgenie-api', 'opsgenie_token', 'opsgenie_integration', 'geniekey', 'genie_key'],
  pattern: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
  minLength: 36,
  maxLength: 36,
  minEntropy: 3,
});
