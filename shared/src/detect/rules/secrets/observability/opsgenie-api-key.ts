import { contextRule } from '../../../define';

/** Opsgenie API key: a UUID next to an Opsgenie keyword. */
export const opsgenieApiKey = contextRule({
  id: 'opsgenie-api-key',
  title: 'Opsgenie API key',
  severity: 'high',
  confidence: 0.85,
  keywords: ['opsgenie', 'geniekey'],
  pattern: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
  minLength: 36,
  maxLength: 36,
  minEntropy: 3,
});
