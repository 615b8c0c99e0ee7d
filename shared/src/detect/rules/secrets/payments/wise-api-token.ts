import { contextRule } from '../../../define';

/** Wise (TransferWise) API token: a UUID next to a Wise keyword (never the bare word "wise"). */
export const wiseApiToken = contextRule({
  id: 'wise-api-token',
  title: 'Wise API token',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['transferwise', 'wise_api', 'wise-api', 'wise_token', 'wise_key', 'api.wise.com'],
  pattern: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
  minLength: 36,
  maxLength: 36,
  minEntropy: 3,
});
