import { contextRule } from '../../../define';

/** Bittrex API key or secret: 32 hex characters next to a Bittrex keyword. */
export const bittrexApiSecret = contextRule({
  id: 'bittrex-api-secret',
  title: 'Bittrex API key / secret',
  severity: 'critical',
  confidence: 0.85,
  keywords: ['bittrex'],
  pattern: /[a-f0-9]{32}/,
  minLength: 32,
  maxLength: 32,
  minEntropy: 3.3,
});
