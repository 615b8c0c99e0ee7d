import { contextRule } from '../../../define';

/** Railway account, team or project token: a UUID next to a Railway keyword. */
export const railwayApiToken = contextRule({
  id: 'railway-api-token',
  title: 'Railway API token',
  severity: 'critical',
  confidence: 0.8,
  keywords: ['railway'],
  pattern: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
  minLength: 36,
  maxLength: 36,
  minEntropy: 3,
});
