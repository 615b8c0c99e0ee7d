import { contextRule } from '../../../define';

/** KuCoin API secret: a UUID next to a KuCoin keyword. */
export const kucoinApiSecret = contextRule({
  id: 'kucoin-api-secret',
  title: 'KuCoin API secret',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['kucoin'],
  pattern: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
  minLength: 36,
  maxLength: 36,
  minEntropy: 3,
});
